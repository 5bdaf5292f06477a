import numpy as np
from mindspore import Tensor

x = Tensor(np.arange(12, dtype=np.float32).reshape(3, 4))
print(repr(x[0]))
print(repr(x[-1]))
print(repr(x[1, 2]))
print(repr(x[1:]))
print(repr(x[:, 1]))
print(repr(x[..., 0]))
print(repr(x[::2]))
print(x[:, ::-1])
print(x[::-1])
print(x[None].shape, x[:, None].shape, x[0:0].shape)
