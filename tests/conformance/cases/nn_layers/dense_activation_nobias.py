import numpy as np
from mindspore import nn, Tensor

d = nn.Dense(2, 2, has_bias=False, activation="relu")
d.weight.set_data(Tensor(np.array([[1.0, -1.0], [-2.0, 0.5]], np.float32)))
x = Tensor(np.array([[1.0, 2.0], [3.0, 1.0]], np.float32))
print(repr(d(x)))
print(d.bias)
print(d.has_bias, d.in_channels, d.out_channels)
d2 = nn.Dense(2, 1, activation=nn.Sigmoid())
d2.weight.set_data(Tensor(np.array([[1.0, 1.0]], np.float32)))
d2.bias.set_data(Tensor(np.array([0.0], np.float32)))
print(repr(d2(x)))
