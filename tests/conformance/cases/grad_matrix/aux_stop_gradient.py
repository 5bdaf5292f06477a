import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))


def f(a):
    return a.sum(), a * a


def three(a):
    return (a * a).sum(), a * 3, a.sum()


print(ops.grad(f, has_aux=True)(x))
print(ops.grad(three, has_aux=True)(x))
print(ops.value_and_grad(three, has_aux=True)(x))
