import numpy as np
from mindspore import nn, Tensor, Parameter


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.ones(1, np.float32)))
        self.alias = self.w
        self.d1 = nn.Dense(1, 1)
        self.d2 = self.d1

    def construct(self, x):
        return self.d2(x * self.alias)


net = Net()
print([p.name for p in net.trainable_params()])
print([n for n, _ in net.parameters_and_names()])
print([n for n, _ in net.cells_and_names()])
print(len(net.trainable_params()))
