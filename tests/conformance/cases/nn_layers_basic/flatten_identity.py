# Flatten with start_dim/end_dim, 0-d and 1-d inputs; Identity.
import numpy as np
from mindspore import nn, Tensor

x = Tensor(np.arange(24, dtype=np.float32).reshape(2, 3, 4))
print(nn.Flatten()(x).shape, nn.Flatten(0)(x).shape, nn.Flatten(0, 1)(x).shape,
      nn.Flatten(1, 1)(x).shape, nn.Flatten(-2, -1)(x).shape)
print(nn.Flatten()(x).asnumpy()[1])
try:
    nn.Flatten()(Tensor(np.ones((3,), np.float32)))
except ValueError as e:
    print("ERR", type(e).__name__, str(e))
print(nn.Flatten(0)(Tensor(np.ones((3,), np.float32))).shape)
print(nn.Flatten(0)(Tensor(np.array(2.0, np.float32))).shape)
print(repr(nn.Flatten()), repr(nn.Identity()))
print(nn.Identity()(x).shape)
