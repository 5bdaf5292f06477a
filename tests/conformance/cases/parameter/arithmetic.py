import numpy as np
from mindspore import Tensor, Parameter, ops

p = Parameter(Tensor(np.array([1.0, 2.0], np.float32)), name="w")
r = p * 2 + 1
print(type(r).__name__, repr(r))
print(type(ops.square(p)).__name__, repr(ops.square(p)))
print(type(p + p).__name__, repr(Tensor(np.array([1.0, 1.0], np.float32)) - p))
print(repr(p[0]), type(p[0]).__name__)
print(repr(p == 1.0))
