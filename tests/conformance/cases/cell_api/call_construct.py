import numpy as np
from mindspore import nn, Tensor, Parameter


class Scale(nn.Cell):
    def __init__(self):
        super().__init__()
        self.s = Parameter(Tensor(np.array([2.0], np.float32)))

    def construct(self, x, y=1.0):
        return x * self.s + y, x - y


net = Scale()
x = Tensor(np.array([1.0, 2.0], np.float32))
out = net(x)
print(type(out).__name__, out)
print(net(x, y=Tensor(np.array([0.5], np.float32))))
print(net.construct(x, 3.0))
