import numpy as np
from mindspore import Tensor, Parameter

p = Parameter(Tensor(np.array([1.0, 2.5], np.float32)), name="w")
print(p)
print(repr(p))
q = Parameter(Tensor(np.array([[1, 2]], np.int32)), name="q", requires_grad=False)
print(q)
print(repr(q))
s = Parameter(Tensor(3.0), name="s")
print(s)
print(repr(s))
print((p, q))
