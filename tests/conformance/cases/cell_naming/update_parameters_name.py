import numpy as np
from mindspore import nn, Tensor, Parameter


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.ones(1, np.float32)))
        self.fc = nn.Dense(1, 1)

    def construct(self, x):
        return self.fc(x * self.w)


net = Net()
net.update_parameters_name("pre.")
print([p.name for p in net.trainable_params()])
print([n for n, _ in net.parameters_and_names()])
