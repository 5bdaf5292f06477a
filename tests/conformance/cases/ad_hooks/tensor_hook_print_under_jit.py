"""A ``Tensor.register_hook`` hook that prints inside an ``ms.jit`` function differentiated from
outside: the gradient prints in GRAPH mode's format, when the backward pass runs."""
import numpy as np
import mindspore as ms
from mindspore import Tensor


def shout(g):
    print("hook sees:", g)
    return g * 2


@ms.jit
def energy(x):
    h = x * 3
    h.register_hook(shout)
    return (h * h).sum()


x = Tensor(np.array([1.0, 2.0, -1.0], np.float32))
print(ms.grad(energy)(x))
print(ms.value_and_grad(energy)(x * 2))
