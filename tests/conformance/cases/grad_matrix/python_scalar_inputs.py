import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))


def sq(a):
    return a * a


def scaled(a, s):
    return (a * s).sum()


print(repr(ops.grad(sq)(3.0)))
print(repr(ops.grad(scaled)(x, 2.0)))
print(repr(ops.grad(scaled, 1)(x, 2.0)))
print(repr(ops.grad(scaled, (0, 1))(x, 2.0)))
print(repr(ops.grad(scaled)(x, 3)))
