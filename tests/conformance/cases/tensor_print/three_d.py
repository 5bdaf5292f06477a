import numpy as np
from mindspore import Tensor

t = Tensor(np.arange(24, dtype=np.float32).reshape(2, 3, 4))
print(t)
print(repr(t))
print(Tensor(np.arange(8, dtype=np.int32).reshape(2, 2, 2)))
print(repr(Tensor(np.arange(8, dtype=np.int32).reshape(2, 2, 2))))
