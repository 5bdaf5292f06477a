import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))


def cube(a):
    return a * a * a


first = ops.grad(cube)
second = ops.grad(first)
third = ops.grad(second)
print(first(x))
print(second(x))
print(third(x))
