import numpy as np
import mindspore as ms
from mindspore import nn, ops


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = ms.Parameter(ms.Tensor(np.array([3.0], np.float32)), name="w")
        self.b = ms.Parameter(ms.Tensor(np.array([2.0], np.float32)), name="b")

    def construct(self, x):
        out = x * self.w + self.b
        return out, ops.stop_gradient(out) * 10


net = Net()
x = ms.Tensor([4.0], dtype=ms.float32)
print(ops.value_and_grad(net, None, net.trainable_params())(x))
print(ops.value_and_grad(net, None, net.trainable_params(), has_aux=True)(x))
