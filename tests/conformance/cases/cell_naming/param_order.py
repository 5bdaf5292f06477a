import numpy as np
from mindspore import nn, Tensor, Parameter


class A(nn.Cell):
    def __init__(self):
        super().__init__()
        self.c1 = nn.Dense(2, 2)
        self.p_after = Parameter(Tensor(np.ones(1, np.float32)))

    def construct(self, x):
        return self.c1(x) * self.p_after


class Top(nn.Cell):
    def __init__(self):
        super().__init__()
        self.a = A()
        self.b = nn.Dense(2, 1, has_bias=False)
        self.top = Parameter(Tensor(np.ones(1, np.float32)))

    def construct(self, x):
        return self.b(self.a(x)) * self.top


net = Top()
print([p.name for p in net.trainable_params()])
print([n for n, _ in net.parameters_and_names()])
print([n for n, _ in net.cells_and_names()])
