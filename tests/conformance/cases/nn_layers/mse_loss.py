import numpy as np
from mindspore import nn, Tensor

a = Tensor(np.array([[1.0, 2.0], [3.0, 5.0]], np.float32))
b = Tensor(np.array([[1.5, 2.0], [2.0, 3.0]], np.float32))
print(repr(nn.MSELoss()(a, b)))
print(repr(nn.MSELoss(reduction="sum")(a, b)))
print(repr(nn.MSELoss(reduction="none")(a, b)))
print(repr(nn.MSELoss()(a, Tensor(np.array([1.0, 1.0], np.float32)))))
