import numpy as np
from mindspore import Tensor

t = Tensor(np.array([1.0, 0.1, -3.5, 1.0 / 3.0], np.float64))
print(t)
print(repr(t))
print(Tensor(np.array([[2.0, 4.0]], np.float64)))
print(repr(Tensor(np.float64(7.25))))
