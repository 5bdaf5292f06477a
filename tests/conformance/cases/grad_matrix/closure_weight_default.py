import numpy as np
from mindspore import ops, Tensor, Parameter

w = Parameter(Tensor(np.array([3.0], np.float32)), name="w")
x = Tensor(np.array([2.0], np.float32))


def f(a):
    return a * w * w


print(ops.grad(f)(x))
w.set_data(Tensor(np.array([5.0], np.float32)))
print(ops.grad(f)(x))
print(ops.grad(f, None, w)(x))
