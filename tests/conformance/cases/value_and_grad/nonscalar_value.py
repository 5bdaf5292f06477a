import numpy as np
from mindspore import ops, Tensor, Parameter

x = Tensor(np.array([[1.0, 2.0], [3.0, 4.0]], np.float32))
w = Parameter(Tensor(np.array([0.5, -1.0], np.float32)), name="w")


def f(a):
    return a * w


value, (gx, gw) = ops.value_and_grad(f, 0, w)(x)
print(value)
print(gx)
print(gw)
