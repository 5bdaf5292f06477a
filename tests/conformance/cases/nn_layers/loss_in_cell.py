import numpy as np
from mindspore import nn, Tensor


class WithLoss(nn.Cell):
    def __init__(self):
        super().__init__()
        self.net = nn.Dense(2, 1)
        self.loss = nn.MSELoss()

    def construct(self, x, y):
        return self.loss(self.net(x), y)


m = WithLoss()
m.net.weight.set_data(Tensor(np.array([[1.0, 2.0]], np.float32)))
m.net.bias.set_data(Tensor(np.array([0.5], np.float32)))
x = Tensor(np.array([[1.0, 1.0], [0.0, 2.0]], np.float32))
y = Tensor(np.array([[3.0], [5.0]], np.float32))
print(repr(m(x, y)))
print([p.name for p in m.trainable_params()])
print([n for n, _ in m.cells_and_names()])
