import numpy as np
from mindspore import nn, Tensor, Parameter


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.ones(2, np.float32)))

    def construct(self, x):
        return x * self.w


net = Net()
net.w = Tensor(np.array([7.0, 7.0], np.float32))
print(type(net.w).__name__, net.w.name, net.w.asnumpy())
print([p.name for p in net.trainable_params()])
