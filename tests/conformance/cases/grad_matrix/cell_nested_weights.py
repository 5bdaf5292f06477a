import numpy as np
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(2, 1)
        self.fc.weight.set_data(Tensor(np.array([[1.0, -2.0]], np.float32)))
        self.fc.bias.set_data(Tensor(np.array([0.5], np.float32)))

    def construct(self, x):
        return self.fc(x).sum()


net = Net()
x = Tensor(np.array([[1.0, 2.0], [3.0, 4.0]], np.float32))
print(ops.grad(net, None, net.trainable_params())(x))
print(ops.grad(net, None, net.trainable_params(), return_ids=True)(x))
print(ops.grad(net, 0, net.fc.weight)(x))
