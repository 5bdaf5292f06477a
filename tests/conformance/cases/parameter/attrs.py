import numpy as np
import mindspore as ms
from mindspore import Tensor, Parameter

p = Parameter(Tensor(np.array([1.0, 2.0], np.float32)), name="w")
print(p.name, p.requires_grad, p.shape, p.dtype, p.ndim, p.size)
print(type(p).__name__, isinstance(p, Tensor), isinstance(p, Parameter))
p.requires_grad = False
print(p.requires_grad)
p.name = "renamed"
print(p.name)
print(repr(p.value()), type(p.value()).__name__)
print(type(p.data).__name__, p.data is p)
print(p.asnumpy(), p.asnumpy().dtype)
i = Parameter(Tensor(np.array([1, 2], np.int64)), name="i")
print(i.dtype, i.requires_grad)
f = Parameter(2.0, name="f")
print(repr(f), f.dtype)
