import numpy as np
from mindspore import Tensor

t = Tensor(np.array([[1, 2], [3, 4]], np.int32))
a = t.asnumpy()
print(type(a).__name__, a.dtype, a.shape)
print(a)
b = np.asarray(t)
print(type(b).__name__, b.dtype)
print(np.array(Tensor([1.5, 2.5])).dtype)
print(Tensor(2.5).asnumpy(), Tensor(2.5).asnumpy().shape)
print(t.tolist(), Tensor(1.5).tolist())
