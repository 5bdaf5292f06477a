import numpy as np
from mindspore import Tensor

x = Tensor(np.arange(12, dtype=np.int32).reshape(3, 4))
print(repr(x[Tensor(np.array([2, 0], np.int32))]))
print(repr(x[[0, 2]]))
print(repr(x[x > 6]))
print(repr(x[Tensor(np.array([True, False, True]))]))
print(repr(x[1, [0, 3]]))
print(repr(x[[0, 1], [1, 2]]))
