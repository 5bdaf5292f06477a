import numpy as np
from mindspore import ops, Tensor, Parameter

x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))
w = Parameter(Tensor(np.array([2.0, 2.0, 2.0], np.float32)), name="w")
b = Parameter(Tensor(np.array([1.0, 1.0, 1.0], np.float32)), name="b", requires_grad=False)


def f(a):
    return a * w + b


print(ops.grad(f, None, [w, b])(x))
print(ops.grad(f, None, b)(x))
print(ops.value_and_grad(f, 0, (w, b))(x))
