import numpy as np
from mindspore import Tensor

t = Tensor(np.array([1.5, -2.25, 3.0, 0.0], np.float32))
print(t)
print(repr(t))
print(Tensor(np.array([0.1, 0.2, 0.3], np.float32)))
print(repr(Tensor(np.array([0.1, 0.2, 0.3], np.float32))))
print(Tensor(np.array([1.0, 2.0], np.float32)))
