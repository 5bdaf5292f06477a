import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))


def square(a):
    return a * a


def outer(a):
    return a.reshape(3, 1) * a.reshape(1, 3)


print(ops.grad(square)(x))
print(ops.grad(outer)(x))
print(ops.value_and_grad(square)(x))
