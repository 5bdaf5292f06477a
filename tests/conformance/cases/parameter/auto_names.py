import numpy as np
from mindspore import Tensor, Parameter

a = Parameter(Tensor(np.array([1.0], np.float32)))
b = Parameter(Tensor(np.array([2.0], np.float32)))
c = Parameter(Tensor(np.array([3.0], np.float32)), name="c")
d = Parameter(Tensor(np.array([4.0], np.float32)))
print(a.name, b.name, c.name, d.name)
