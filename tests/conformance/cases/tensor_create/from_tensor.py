import numpy as np
import mindspore as ms
from mindspore import Tensor

a = Tensor(np.array([1.25, 2.5], np.float32))
b = Tensor(a)
print(repr(b))
c = Tensor(a, dtype=ms.float64)
print(repr(c))
d = Tensor(a, dtype=ms.int32)
print(repr(d))
print(type(b).__name__, b is a)
