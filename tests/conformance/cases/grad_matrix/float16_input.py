import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([1.0, 2.0, 3.0], np.float16))
d = Tensor(np.array([0.5, 0.25], np.float64))


def sq(a):
    return (a * a).sum()


print(repr(ops.grad(sq)(x)))
print(repr(ops.grad(sq)(d)))
