import numpy as np
import mindspore as ms
from mindspore import Tensor, Parameter, nn


class Affine(nn.Cell):
    def __init__(self, k):
        super().__init__()
        self.w = Parameter(Tensor(np.array([0.5, -1.0], np.float32) * k), name="w")
        self.b = Parameter(Tensor(np.array([0.1, -0.1], np.float32)), name="b")

    def construct(self, x):
        return x * self.w + self.b


class Stack(nn.Cell):
    def __init__(self):
        super().__init__()
        self.layers = nn.CellList([Affine(k + 1) for k in range(3)])

    def construct(self, x):
        for layer in self.layers:
            y = layer(x)
            if y.sum() > 0:
                x = y
            else:
                x = -y
        return x


ms.set_context(mode=ms.GRAPH_MODE)
net = Stack()
print(net(Tensor([1.0, 2.0])))
print(net(Tensor([-3.0, 1.0])))
