import numpy as np
import mindspore as ms
from mindspore import Tensor

t = Tensor(np.array([1.0, 0.1, -3.5, 300.0], np.float32), ms.bfloat16)
print(t.dtype, t.shape)
print(t)
print(repr(t))
print(t.astype(ms.float32))
print(repr(Tensor(2.5, ms.bfloat16)))
print(repr(t * 2))
