import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))


def with_int(a):
    return (a * a).sum(), Tensor(np.array([1, 2], np.int32))


def cast_to_int(a):
    return (a * a).astype(ms.int32).sum()


print(ops.grad(with_int)(x))
print(ops.grad(cast_to_int)(x))
print(ops.value_and_grad(cast_to_int)(x))
