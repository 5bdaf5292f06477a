# conformance: atol=5e-6
# Activation Cells: forward and gradient, repr, get_activation. (MindSpore's CPU tanh saturates
# to exactly 1 and its log_softmax is ~1e-6 off for small values: atol 5e-6.)
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor

x = Tensor(np.array([[-3.0, -1.0, -0.25, 0.5], [1.0, 2.5, 6.5, 8.0]], np.float32))
sens = Tensor(np.array([[0.5, -1.0, 2.0, 1.0], [1.5, -0.5, 0.25, 1.0]], np.float32))
cells = [nn.ReLU(), nn.ReLU6(), nn.LeakyReLU(), nn.LeakyReLU(0.05), nn.LeakyReLU(1.5),
         nn.GELU(), nn.GELU(approximate=False), nn.SiLU(), nn.Sigmoid(), nn.Tanh(),
         nn.Softmax(), nn.Softmax(axis=0), nn.LogSoftmax(), nn.LogSoftmax(0), nn.ELU()]
for cell in cells:
    def f(inp):
        return (cell(inp) * sens).sum()

    print(repr(cell), cell(x).asnumpy())
    print("  grad", ms.grad(f)(x).asnumpy())
for name in ["relu", "relu6", "leakyrelu", "gelu", "silu", "sigmoid", "tanh", "softmax",
             "logsoftmax", "elu"]:
    print(name, nn.get_activation(name))
print(nn.get_activation(None))
