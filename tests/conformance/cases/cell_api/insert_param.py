import numpy as np
from mindspore import nn, Tensor, Parameter


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(1, 1)

    def construct(self, x):
        return self.fc(x)


net = Net()
net.insert_param_to_cell("extra", Parameter(Tensor(np.ones(2, np.float32)), name="ignored_name"))
print([p.name for p in net.trainable_params()])
print([n for n, _ in net.parameters_and_names()])
print(net.extra.name)
try:
    net.insert_param_to_cell("bad.name", Parameter(Tensor(np.ones(1, np.float32))))
except Exception as e:
    print("ERR", type(e).__name__)
try:
    net.insert_param_to_cell("notparam", Tensor(np.ones(1, np.float32)))
except Exception as e:
    print("ERR", type(e).__name__)
