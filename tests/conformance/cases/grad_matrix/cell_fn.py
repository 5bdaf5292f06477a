import numpy as np
from mindspore import nn, ops, Tensor, Parameter


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([1.0, 2.0, 3.0], np.float32)), name="w")
        self.b = Parameter(Tensor(np.array([0.5], np.float32)), name="b")

    def construct(self, x, y):
        return (x * self.w).sum() * y + self.b


net = Net()
x = Tensor(np.array([1.0, -1.0, 2.0], np.float32))
y = Tensor(np.array([3.0], np.float32))
print(ops.grad(net)(x, y))
print(ops.grad(net, (0, 1))(x, y))
print(ops.grad(net, None, net.trainable_params())(x, y))
print(ops.grad(net, 1, net.w)(x, y))
print(ops.grad(net, 0, net.trainable_params(), return_ids=True)(x, y))
