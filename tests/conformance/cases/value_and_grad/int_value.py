import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))


def with_count(a):
    return (a * a).sum(), Tensor(np.array(3, np.int64))


print(ops.value_and_grad(with_count)(x))
print(ops.value_and_grad(with_count, has_aux=True)(x))
