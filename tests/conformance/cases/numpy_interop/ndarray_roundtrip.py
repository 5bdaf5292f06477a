import numpy as np
from mindspore import Tensor

src = np.arange(6, dtype=np.float64).reshape(2, 3)
t = Tensor(src)
back = t.asnumpy()
print(back.dtype, back.shape, np.array_equal(src, back))
src[0, 0] = 100.0
print(t.asnumpy()[0, 0])
print(t)
print(Tensor(np.asfortranarray(src)).asnumpy().flags["C_CONTIGUOUS"])
print(Tensor(src[:, ::2]).shape, Tensor(src.T))
