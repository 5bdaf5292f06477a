import numpy as np
from mindspore import nn, Tensor, Parameter, ParameterTuple


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.pt = ParameterTuple((Parameter(Tensor(np.ones(1, np.float32)), name="pt0"),
                                  Parameter(Tensor(np.ones(2, np.float32)), name="pt1")))
        self.w = Parameter(Tensor(np.ones(1, np.float32)))

    def construct(self, x):
        return x


net = Net()
print([p.name for p in net.trainable_params()])
print([n for n, _ in net.parameters_and_names()])
