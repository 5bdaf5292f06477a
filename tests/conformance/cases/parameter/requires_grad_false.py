import numpy as np
from mindspore import Tensor, Parameter

p = Parameter(Tensor(np.array([1.0], np.float32)), name="p", requires_grad=False)
print(p.requires_grad)
print(repr(p))
p.requires_grad = True
print(p.requires_grad, repr(p))
