"""Tensors made with ``init=`` print ``<uninitialized>`` (str) or their zero-filled buffer (repr)
until ``init_data``/``asnumpy`` draws them; ``Tensor.from_numpy`` shares the numpy array's memory,
so later in-place numpy writes show in the Tensor."""
import numpy as np
import mindspore as ms
from mindspore import Tensor
from mindspore.common.initializer import One, Constant

lazy = Tensor(shape=(2, 3), dtype=ms.float32, init=One())
print("str:", lazy)
print("repr:", repr(lazy))
print("in list:", [lazy])
print(lazy.shape, lazy.dtype)
print(lazy.asnumpy())
print("after asnumpy:", lazy)

lazy_int = Tensor(shape=(4,), dtype=ms.int32, init=Constant(3))
print(lazy_int)
print(repr(lazy_int))
lazy_int.init_data()
print(lazy_int)

buf = np.ones(4, dtype=np.float32)
shared = Tensor.from_numpy(buf)
print(shared)
np.add(buf, 1, out=buf)
print(shared)
buf[0] = 10
print(shared * 2)
print(shared.asnumpy())

grid = np.arange(6, dtype=np.int64).reshape(2, 3)
g = Tensor.from_numpy(grid)
grid *= 3
print(g.sum(), g)
