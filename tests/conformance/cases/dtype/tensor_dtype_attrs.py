import numpy as np
import mindspore as ms
from mindspore import Tensor

t = Tensor(np.ones((2,), np.float32))
print(t.dtype == ms.float32, t.dtype is ms.float32, t.dtype)
print(Tensor([1, 2]).dtype == ms.int64)
print(Tensor(np.ones((2,), np.float16)).dtype == ms.float16)
print(type(t.dtype).__name__)
print(t.dtype in (ms.float16, ms.float32))
