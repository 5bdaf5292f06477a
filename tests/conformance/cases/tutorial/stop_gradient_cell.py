# Tutorial-style: ops.stop_gradient on the output makes every weight gradient zero.
import numpy as np
import mindspore as ms
import mindspore.nn as nn
from mindspore import ops
from mindspore.ops import stop_gradient


class Affine(nn.Cell):
    def __init__(self):
        super(Affine, self).__init__()
        self.scale = ms.Parameter(ms.Tensor(np.array([4], np.float32)), name='scale')
        self.shift = ms.Parameter(ms.Tensor(np.array([2.0], np.float32)), name='shift')

    def construct(self, x):
        out = x * self.scale + self.shift
        out = stop_gradient(out)
        return out


net = Affine()
params = net.trainable_params()
x = ms.Tensor([50], dtype=ms.float32)
value, grads = ops.value_and_grad(net, grad_position=None, weights=params)(x)
print(value)
print(f"scale grad: {grads[0]}\nshift grad: {grads[1]}")
