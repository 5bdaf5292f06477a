# Tutorial-style: a Parameter with requires_grad=False is left out of trainable_params.
import numpy as np
import mindspore as ms
import mindspore.nn as nn
from mindspore import ops


class Affine(nn.Cell):
    def __init__(self):
        super(Affine, self).__init__()
        self.scale = ms.Parameter(ms.Tensor(np.array([4], np.float32)), name='scale')
        self.shift = ms.Parameter(ms.Tensor(np.array([2.0], np.float32)), name='shift', requires_grad=False)

    def construct(self, x):
        return x * self.scale + self.shift


net = Affine()
params = net.trainable_params()
x = ms.Tensor([3], dtype=ms.float32)
value, gradient = ops.value_and_grad(net, grad_position=None, weights=params)(x)
print(value)
print(gradient)
print([p.name for p in params])
