import numpy as np
import mindspore as ms
from mindspore import Tensor

print(repr(Tensor([1, 2, 3], dtype=ms.float32)))
print(repr(Tensor([1.7, -2.7], dtype=ms.int32)))
print(repr(Tensor(np.array([1.5, 2.5], np.float64), dtype=ms.float16)))
print(repr(Tensor(2, ms.float64)))
print(repr(Tensor(0.0, dtype=ms.bool_)))
print(repr(Tensor([0, 3], dtype=ms.bool_)))
print(repr(Tensor(np.array([1, 2], np.int64), dtype=ms.uint8)))
