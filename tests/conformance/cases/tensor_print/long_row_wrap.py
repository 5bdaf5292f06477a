import numpy as np
from mindspore import Tensor

t = Tensor(np.linspace(-1.0, 1.0, 25).astype(np.float32))
print(t)
print(repr(t))
i = Tensor(np.arange(40, dtype=np.int32) * 1000)
print(i)
print(repr(i))
