import numpy as np
from mindspore import Tensor

arr = np.arange(6, dtype=np.float32).reshape(2, 3)
t = Tensor.from_numpy(arr)
print(t)
i = Tensor.from_numpy(np.array([7, 8], np.int16))
print(i)
print(type(t).__name__, t.shape, t.dtype)
