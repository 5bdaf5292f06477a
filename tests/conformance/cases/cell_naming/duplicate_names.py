import numpy as np
from mindspore import nn, ops, Tensor, Parameter, ParameterTuple


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.a = Parameter(Tensor(np.array([2.0], np.float32)), name="same")
        self.b = Parameter(Tensor(np.array([3.0], np.float32)), name="same")

    def construct(self, x):
        return x * self.a * self.b


net = Net()
print([(n, p.name) for n, p in net.parameters_and_names()])
print(ops.grad(net, None, net.trainable_params())(Tensor(np.array([1.0], np.float32))))
try:
    ParameterTuple(net.trainable_params())
except Exception as e:
    print("ERR", type(e).__name__)
