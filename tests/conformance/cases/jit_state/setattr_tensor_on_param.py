import numpy as np
import mindspore as ms
from mindspore import nn, Tensor, Parameter


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.ones(2, np.float32)), name="w")

    def construct(self, x):
        return x * self.w


net = Net()
net.w = Tensor(np.full(2, 7.0, np.float32))
print(type(net.w).__name__, net.w.name, net.w.asnumpy())
print(ms.jit(net)(Tensor(np.ones(2, np.float32))))
