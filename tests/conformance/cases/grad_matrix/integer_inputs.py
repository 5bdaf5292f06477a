import numpy as np
from mindspore import ops, Tensor

xi = Tensor(np.array([1, 2, 3], np.int32))
xf = Tensor(np.array([0.5, 1.0, 1.5], np.float32))


def sq(a):
    return (a * a).sum()


def mixed(a, c):
    return (a * c).sum()


g = ops.grad(sq)(xi)
print(repr(g))
print(repr(ops.grad(mixed, (0, 1))(xi, xf)))
print(repr(ops.grad(mixed, 1)(xi, xf)))
