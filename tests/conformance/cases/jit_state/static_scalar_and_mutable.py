import numpy as np
import mindspore as ms
from mindspore import Tensor


@ms.jit
def h(x, s):
    return x * s


x = Tensor(np.array([1.0, 2.0], np.float32))
for s in (1.0, 2.0, 2.0):
    print(h(x, s))
for s in (3.0, 4.0):
    print(h(x, ms.mutable(s)))


@ms.jit
def reshape_by(x, n):
    return x.reshape((n, -1))


print(reshape_by(Tensor(np.arange(6, dtype=np.float32)), 2).shape)
print(reshape_by(Tensor(np.arange(6, dtype=np.float32)), 3).shape)
