import numpy as np
from mindspore import nn, Tensor, Parameter


class Inner(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.ones(2, np.float32)))
        self.v = Parameter(Tensor(np.ones(2, np.float32)), name="explicit")

    def construct(self, x):
        return x * self.w * self.v


class Outer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.inner = Inner()

    def construct(self, x):
        return self.inner(x)


print([p.name for p in Inner().get_parameters()])
print([p.name for p in Outer().get_parameters()])
print([n for n, _ in Outer().parameters_and_names()])
