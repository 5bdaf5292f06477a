import numpy as np
from mindspore import nn, Tensor, Parameter


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(1, 1)
        self.w = Parameter(Tensor(np.ones(1, np.float32)))
        self.t = Tensor(np.ones(1, np.float32))
        self.k = 3

    def construct(self, x):
        return x


net = Net()
print(type(net.fc).__name__, type(net.w).__name__, type(net.t).__name__, net.k)
print(hasattr(net, "fc"), hasattr(net, "nothere"))
print("fc" in net._cells, "w" in net._params)
del net.w
print([p.name for p in net.get_parameters()])
try:
    net.nothere
except AttributeError as e:
    print("ERR", type(e).__name__)
