import numpy as np
from mindspore import ops, Tensor, Parameter

x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))
w = Parameter(Tensor(np.array([2.0, 2.0, 2.0], np.float32)), name="w")


def partial_stop(a):
    return (ops.stop_gradient(a * a) * a).sum()


def full_stop(a):
    return ops.stop_gradient((a * w).sum())


def stop_weight(a):
    return (a * ops.stop_gradient(w)).sum()


print(ops.grad(partial_stop)(x))
print(ops.grad(full_stop, 0, w)(x))
print(ops.grad(stop_weight, 0, w)(x))
print(ops.value_and_grad(full_stop, 0, w)(x))
