import numpy as np
from mindspore import Tensor

x = Tensor(np.array([1.0, 2.0], np.float32))
y = x
x += 1
print(repr(x), repr(y), x is y)
x *= Tensor(np.array([2.0, 3.0], np.float32))
print(repr(x))
i = Tensor(np.array([1, 2], np.int32))
i -= 1
print(repr(i))
