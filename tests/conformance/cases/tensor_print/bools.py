import numpy as np
from mindspore import Tensor

t = Tensor(np.array([True, False, True]))
print(t)
print(repr(t))
m = Tensor(np.array([[True, False], [False, False]]))
print(m)
print(repr(m))
print(Tensor(False))
print(repr(Tensor(False)))
