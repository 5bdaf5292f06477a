# Tutorial-style functional example: loss of a linear model with w/b Parameters,
# gradients w.r.t. w and b passed as inputs (grad_position=(2, 3)).
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor, Parameter

x = ops.ones(4, ms.float32)
y = ops.zeros(2, ms.float32)
w = Parameter(Tensor(np.array([[0.1, -0.2], [0.3, 0.0], [-0.1, 0.2], [0.4, 0.1]], np.float32)), name='w')
b = Parameter(Tensor(np.array([0.5, -0.5], np.float32)), name='b')


def function(x, y, w, b):
    z = ops.matmul(x, w) + b
    loss = ops.binary_cross_entropy_with_logits(z, y, ops.ones_like(z), ops.ones_like(z))
    return loss


def function_with_logits(x, y, w, b):
    z = ops.matmul(x, w) + b
    loss = ops.binary_cross_entropy_with_logits(z, y, ops.ones_like(z), ops.ones_like(z))
    return loss, z


def function_stop_gradient(x, y, w, b):
    z = ops.matmul(x, w) + b
    loss = ops.binary_cross_entropy_with_logits(z, y, ops.ones_like(z), ops.ones_like(z))
    return loss, ops.stop_gradient(z)


print(function(x, y, w, b))
grad_fn = ops.grad(function, (2, 3))
grads = grad_fn(x, y, w, b)
print(grads)
print(ops.grad(function_with_logits, (2, 3))(x, y, w, b))
print(ops.grad(function_stop_gradient, (2, 3))(x, y, w, b))
print(ops.grad(function_with_logits, (2, 3), has_aux=True)(x, y, w, b))
