import numpy as np
from mindspore import Tensor

x = Tensor(np.zeros((3, 4), np.float32))
x[0] = 5
print(x)
x[:, 1] = Tensor(np.array([1.0, 2.0, 3.0], np.float32))
print(x)
x[1:, 2:] = -1.5
print(x)
x[x < 0] = 9
print(x)
x[2, 3] = 7
print(repr(x))
i = Tensor(np.array([1, 2, 3], np.int32))
i[1] = 2.7
print(repr(i))
