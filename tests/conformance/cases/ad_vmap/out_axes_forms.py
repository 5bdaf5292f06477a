import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter, ParameterTuple


def show(label, thunk, cut=None):
    """Print a result, or the error type and the first line (up to ``cut``) of its message."""
    try:
        print(label, thunk())
    except Exception as e:  # noqa: BLE001 - the case records MindSpore's error
        msg = (str(e).splitlines() or [""])[0]
        if cut is not None:
            msg = msg.split(cut)[0]
        print(label, "ERR", type(e).__name__, msg)

X = Tensor(np.arange(6, dtype=np.float32).reshape(2, 3))
Y = Tensor(np.arange(6, 12, dtype=np.float32).reshape(2, 3))
x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))


def mul(a, c):
    return a * c


def two(a, c):
    return a * c, a + c

print(ops.vmap(mul, 0, 1)(X, Y))
print(ops.vmap(mul, 0, -1)(X, Y))
print(ops.vmap(mul, 0, (0,))(X, Y))
print(ops.vmap(two, 0, (0, 1))(X, Y))
print(ops.vmap(two, 0, [1, 0])(X, Y))
