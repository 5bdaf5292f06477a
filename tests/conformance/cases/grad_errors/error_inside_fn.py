import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([1.0, 2.0], np.float32))


def bad(a):
    raise KeyError("missing")


def shape_mismatch(a):
    return (a * Tensor(np.ones(3, np.float32))).sum()


try:
    ops.grad(bad)(x)
except Exception as e:
    print("ERR", type(e).__name__, str(e))
try:
    ops.grad(shape_mismatch)(x)
except Exception as e:
    print("ERR", type(e).__name__)
