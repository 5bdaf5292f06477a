import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))


def three(a):
    return a.sum(), a * a, a * 3


value, grad = ops.value_and_grad(three, has_aux=True)(x)
print(type(value).__name__, len(value))
print(value)
print(grad)
(loss, sq, tri), g = ops.value_and_grad(three, 0, None, True)(x)
print(loss, sq, tri, g)
