import numpy as np
from mindspore import nn, Tensor, Parameter


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.ones(1, np.float32)))
        self.frozen = Parameter(Tensor(np.ones(1, np.float32)), requires_grad=False)
        self.fc = nn.Dense(1, 1)

    def construct(self, x):
        return self.fc(x * self.w + self.frozen)


net = Net()
print([p.name for p in net.trainable_params()])
print([p.name for p in net.untrainable_params()])
print([p.name for p in net.get_parameters()])
print(type(net.trainable_params()).__name__, type(net.get_parameters()).__name__)
print([n for n, _ in net.parameters_and_names(name_prefix="x")])
print([p.name for p in net.fc.trainable_params()])
print(list(net.parameters_dict().keys()))
