import numpy as np
import mindspore as ms
from mindspore import Tensor, Parameter, nn, ops


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.a = Parameter(Tensor(np.array([1.0, -2.0], np.float32)), name="a")
        self.b = Parameter(Tensor(np.array([0.5, 0.5], np.float32)), name="b")

    def construct(self, x):
        h = x * self.a
        if h.sum() > 0:
            h = h * self.b
        else:
            h = h - self.b
        return (h * h).sum()


net = Net()
grad_fn = ops.value_and_grad(net, None, net.trainable_params())
step = ms.jit(grad_fn)
print(step(Tensor([3.0, 1.0])))
print(step(Tensor([1.0, 3.0])))
