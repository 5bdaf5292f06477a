import numpy as np
import mindspore as ms
from mindspore import Tensor

t = Tensor(np.array([1.7, -2.7, 0.5, 3.0], np.float32))
print(repr(t.astype(ms.int32)))
print(repr(t.astype(ms.float64)))
print(repr(t.astype(ms.bool_)))
print(repr(t.astype(ms.float16)))
print(repr(Tensor([1, 0, 2]).astype(ms.float32)))
print(repr(t.astype(np.int64)))
print(t.astype(ms.int32).dtype, t.dtype)
