import numpy as np
from mindspore import Tensor

t = Tensor(np.array([[1.0, 2.5, -3.0], [4.0, 5.125, 6.0]], np.float32))
print(t)
print(repr(t))
print(Tensor(np.arange(6, dtype=np.float32).reshape(3, 2) / 7))
print(repr(Tensor(np.arange(6, dtype=np.float32).reshape(3, 2) / 7)))
