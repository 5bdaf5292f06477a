import numpy as np
from mindspore import nn, Tensor, Parameter


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.layers = [nn.Dense(2, 2), nn.Dense(2, 1)]
        self.plist = [Parameter(Tensor(np.ones(1, np.float32)), name="in_list")]
        self.d = {"x": nn.Dense(1, 1)}
        self.kept = nn.Dense(1, 1)

    def construct(self, x):
        return x


net = Net()
print([p.name for p in net.trainable_params()])
print([n for n, _ in net.cells_and_names()])
