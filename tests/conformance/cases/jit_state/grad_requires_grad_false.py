import numpy as np
import mindspore as ms
from mindspore import Tensor, Parameter

w = Parameter(Tensor(np.array([2.0, 2.0], np.float32)), name="w")
b = Parameter(Tensor(np.array([1.0, 1.0], np.float32)), name="b", requires_grad=False)


def f(a):
    return (a * w + b).sum()


g = ms.grad(f, None, [w, b])
x = Tensor(np.array([1.0, 3.0], np.float32))
print("pynative", g(x))
print("pynative again", g(x))
print("jit", ms.jit(g)(x))
