import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.c = Parameter(Tensor(np.zeros(2, np.float32)), name="c")

    def construct(self, x):
        ops.assign_add(self.c, x)
        return self.c


net = Net()
jnet = ms.jit(net)
a = jnet(Tensor(np.ones(2, np.float32)))
b = jnet(Tensor(np.ones(2, np.float32)))
print(type(a).__name__, a, b, net.c.asnumpy())
