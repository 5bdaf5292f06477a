import numpy as np
import mindspore as ms
from mindspore import Tensor, Parameter
from mindspore.common.initializer import initializer, One, Constant

p = Parameter(initializer(One(), (2, 2), ms.float32), name="ones")
print(p.name, p.shape, p.dtype)
print(p.asnumpy())
q = Parameter(initializer("zeros", [3], ms.float32), name="zeros")
print(q.asnumpy(), q.dtype)
r = Parameter(initializer(Constant(0.5), (1, 2), ms.float16), name="half")
print(r.asnumpy(), r.dtype)
s = Parameter(np.array([1, 2, 3], np.int32), name="np")
print(repr(s))
