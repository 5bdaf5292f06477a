import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))


def two(a):
    return a * a, 3 * a


value, grad = ops.value_and_grad(two)(x)
print(type(value).__name__, value)
print(grad)
