import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))
y = Tensor(np.array([4.0, 5.0, 6.0], np.float32))


def only_y(a, c):
    return (c * c).sum()


print(ops.grad(only_y)(x, y))
print(ops.grad(only_y, (0, 1))(x, y))
