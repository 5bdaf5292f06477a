import numpy as np
from mindspore import nn, Tensor

d = nn.Dense(3, 2)
d.weight.set_data(Tensor(np.array([[1.0, 0.0, -1.0], [0.5, 0.5, 0.5]], np.float32)))
d.bias.set_data(Tensor(np.array([0.1, -0.2], np.float32)))
x = Tensor(np.array([[1.0, 2.0, 3.0], [0.0, -1.0, 4.0]], np.float32))
print(repr(d(x)))
print(repr(d(Tensor(np.array([1.0, 1.0, 1.0], np.float32)))))
