import numpy as np
from mindspore import ops, Tensor, Parameter

x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))
w = Parameter(Tensor(np.array([2.0, 2.0, 2.0], np.float32)), name="w")
unused = Parameter(Tensor(np.array([[1.0, 1.0]], np.float32)), name="unused")


def f(a):
    return (a * w).sum()


print(ops.grad(f, None, [w, unused])(x))
print(ops.grad(f, 0, unused)(x))
print(ops.grad(f, None, unused)(x))
