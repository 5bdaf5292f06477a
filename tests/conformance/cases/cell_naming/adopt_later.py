import numpy as np
from mindspore import nn, Tensor, Parameter


class Leaf(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.ones(1, np.float32)))
        self.v = Parameter(Tensor(np.ones(1, np.float32)), name="vv")

    def construct(self, x):
        return x * self.w + self.v


leaf = Leaf()
print([p.name for p in leaf.get_parameters()])


class Holder(nn.Cell):
    def __init__(self, child):
        super().__init__()
        self.child = child

    def construct(self, x):
        return self.child(x)


h = Holder(leaf)
print([p.name for p in h.get_parameters()])
print([p.name for p in leaf.get_parameters()])
print(leaf.w.name, leaf.v.name)
