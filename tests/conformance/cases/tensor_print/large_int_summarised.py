import numpy as np
from mindspore import Tensor

t = Tensor(np.arange(3000, dtype=np.int64).reshape(3, 1000))
print(t)
print(repr(t))
b = Tensor(np.arange(1001) % 3 == 0)
print(b)
