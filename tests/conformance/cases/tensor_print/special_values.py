import numpy as np
from mindspore import Tensor

t = Tensor(np.array([np.inf, -np.inf, np.nan, 1.0], np.float32))
print(t)
print(repr(t))
print(Tensor(np.array([np.nan, np.nan], np.float32)))
print(repr(Tensor(np.array([[np.inf], [2.5]], np.float64))))
print(Tensor(np.array([-0.0, 0.0], np.float32)))
