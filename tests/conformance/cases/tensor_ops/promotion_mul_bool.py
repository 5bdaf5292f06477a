import numpy as np
from mindspore import Tensor

b = Tensor(np.array([True, False, True]))
print(repr(b * b), repr(b + b))
print(repr(b * 2), repr(b * 2.5))
print(repr(b & Tensor(np.array([True, True, False]))))
print(repr(b | Tensor(np.array([False, True, False]))))
print(repr(~b))
