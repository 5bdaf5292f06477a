import numpy as np
from mindspore import nn, Tensor

x = Tensor(np.array([[[-1.0, 2.0], [3.0, -4.0]], [[0.5, -0.5], [0.0, 1.0]]], np.float32))
print(repr(nn.ReLU()(x)))
f = nn.Flatten()(x)
print(f.shape)
print(repr(f))
print(nn.Flatten(start_dim=0)(x).shape)
print(nn.Flatten()(Tensor(np.zeros((4, 1, 2, 3), np.float32))).shape)
