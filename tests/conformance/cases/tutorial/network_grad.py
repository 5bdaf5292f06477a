# Tutorial-style: a Cell network, loss_fn, forward function, value_and_grad over trainable_params.
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class Network(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([[0.1, -0.2], [0.3, 0.0], [-0.1, 0.2], [0.4, 0.1]], np.float32)), name='w')
        self.b = Parameter(Tensor(np.array([0.5, -0.5], np.float32)), name='b')

    def construct(self, x):
        return ops.matmul(x, self.w) + self.b


model = Network()
loss_fn = nn.BCEWithLogitsLoss()
x = ops.ones(4, ms.float32)
y = ops.zeros(2, ms.float32)


def forward_fn(x, y):
    z = model(x)
    return loss_fn(z, y)


grad_fn = ops.value_and_grad(forward_fn, None, weights=model.trainable_params())
loss, grads = grad_fn(x, y)
print(loss)
print(grads)
