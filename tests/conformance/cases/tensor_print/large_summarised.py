import numpy as np
from mindspore import Tensor

t = Tensor(np.arange(2000, dtype=np.float32))
print(t)
print(repr(t))
m = Tensor(np.arange(1200, dtype=np.float32).reshape(30, 40) * 0.5)
print(m)
print(repr(m))
