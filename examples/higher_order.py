"""Higher-order derivatives in MindSpore style: runs unchanged on MindSpore 2.10 and on ms_compat
(``python -m ms_compat examples/higher_order.py``).

* derivatives of a function to the third order by nesting ``ops.grad``;
* a Taylor expansion built from them;
* second derivatives of a Cell with a Parameter, and of ``value_and_grad``;
* the same with the older ``GradOperation`` API.
"""
import numpy as np

import mindspore as ms
from mindspore import nn, ops, Parameter, Tensor


def f(x):
    return ops.sin(x) * x


df = ops.grad(f)
d2f = ops.grad(df)
d3f = ops.grad(d2f)

x = Tensor(np.array([0.0, 0.5, 1.0, 2.0], np.float32))
print("f     :", f(x))
print("f'    :", df(x))
print("f''   :", d2f(x))
print("f'''  :", d3f(x))

# Third-order Taylor expansion of f around x0, evaluated at x0 + h.
x0 = Tensor(np.array([1.0], np.float32))
h = 0.1
taylor = f(x0) + df(x0) * h + d2f(x0) * h ** 2 / 2 + d3f(x0) * h ** 3 / 6
print("taylor:", taylor, "exact:", f(x0 + h))


class Spring(nn.Cell):
    """Energy of a nonlinear spring: k * x^2 / 2 + c * x^4 / 4, summed."""

    def __init__(self):
        super().__init__()
        self.k = Parameter(Tensor(np.array([2.0], np.float32)), name="k")
        self.c = Parameter(Tensor(np.array([0.5], np.float32)), name="c")

    def construct(self, x):
        return (self.k * x * x / 2 + self.c * x ** 4 / 4).sum()


spring = Spring()
pos = Tensor(np.array([0.5, -1.0, 1.5], np.float32))
force = ops.grad(spring)
stiffness = ops.grad(force)
print("energy   :", spring(pos))
print("force    :", force(pos))
print("stiffness:", stiffness(pos))
# d(stiffness summed)/d(k, c): how the stiffness depends on the spring's parameters
print("d stiffness / d params:", ops.grad(stiffness, None, spring.trainable_params())(pos))


def loss_and_slope(x):
    value, grad = ops.value_and_grad(f)(x)
    return value + (grad * grad).sum()


print("grad of value_and_grad:", ops.grad(loss_and_slope)(x))

first = ops.GradOperation()(f)
second = ops.GradOperation()(first)
print("GradOperation second:", second(x))
print("dtype kept:", ops.grad(ops.grad(f))(Tensor(np.array([0.5], np.float64))).dtype)
