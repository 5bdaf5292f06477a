"""Automatic differentiation in MindSpore style: runs unchanged on MindSpore 2.10 and on
ms_compat (``python -m ms_compat examples/autograd.py``)."""
import numpy as np

import mindspore as ms
from mindspore import nn, ops, Parameter, Tensor

# A single-layer model written as a function: z = x @ w + b, loss = BCE(z, y).
x = ops.ones(5, ms.float32)
y = ops.zeros(3, ms.float32)
w = Parameter(Tensor(np.linspace(-0.5, 0.5, 15, dtype=np.float32).reshape(5, 3)), name="w")
b = Parameter(Tensor(np.array([0.1, -0.2, 0.3], np.float32)), name="b")


def function(x, y, w, b):
    z = ops.matmul(x, w) + b
    loss = ops.binary_cross_entropy_with_logits(z, y, ops.ones_like(z), ops.ones_like(z))
    return loss


loss = function(x, y, w, b)
print("loss:", loss)

# Gradients with respect to the 3rd and 4th inputs (w and b).
grad_fn = ms.grad(function, (2, 3))
grads = grad_fn(x, y, w, b)
print("dw:", grads[0])
print("db:", grads[1])


# A second output changes the gradient unless it is cut or declared auxiliary.
def function_with_logits(x, y, w, b):
    z = ops.matmul(x, w) + b
    loss = ops.binary_cross_entropy_with_logits(z, y, ops.ones_like(z), ops.ones_like(z))
    return loss, z


grads = ms.grad(function_with_logits, (2, 3))(x, y, w, b)
print("both outputs, db:", grads[1])


def function_stop_gradient(x, y, w, b):
    z = ops.matmul(x, w) + b
    loss = ops.binary_cross_entropy_with_logits(z, y, ops.ones_like(z), ops.ones_like(z))
    return loss, ops.stop_gradient(z)


grads = ms.grad(function_stop_gradient, (2, 3))(x, y, w, b)
print("stop_gradient, db:", grads[1])

grads, (z,) = ms.grad(function_with_logits, (2, 3), has_aux=True)(x, y, w, b)
print("has_aux, db:", grads[1])
print("aux z:", z)


# The same model as a Cell, differentiated with respect to its trainable parameters.
class Network(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = w
        self.b = b

    def construct(self, x):
        return ops.matmul(x, self.w) + self.b


model = Network()
loss_fn = nn.BCEWithLogitsLoss()


def forward_fn(x, y):
    z = model(x)
    return loss_fn(z, y)


params = model.trainable_params()
print("trainable:", [p.name for p in params])
grad_fn = ms.value_and_grad(forward_fn, None, weights=params)
loss, grads = grad_fn(x, y)
print("cell loss:", loss)
print("cell grads:", grads)


# A Parameter with requires_grad=False is left out of trainable_params().
class Scale(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([6.0], np.float32)), name="w")
        self.b = Parameter(Tensor(np.array([1.0], np.float32)), name="b", requires_grad=False)

    def construct(self, x):
        return x * self.w + self.b


net = Scale()
params = net.trainable_params()
print("trainable:", [p.name for p in params])
value, gradient = ms.value_and_grad(net, grad_position=None, weights=params)(
    Tensor([5.0], ms.float32))
print("value:", value)
print("gradient:", gradient)
