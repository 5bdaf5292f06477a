import numpy as np
from mindspore import Tensor, Parameter

p = Parameter(Tensor(np.array([1.0, 2.0], np.float32)), name="w", requires_grad=False)
c = p.clone()
print(c.name, c.requires_grad, repr(c))
c2 = p.clone(init="zeros")
print(c2.name, repr(c2))
c.set_data(Tensor(np.array([9.0, 9.0], np.float32)))
print(p.asnumpy(), c.asnumpy())
