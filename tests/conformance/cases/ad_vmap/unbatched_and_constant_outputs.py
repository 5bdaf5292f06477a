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


def const_out(a, c):
    return a * 2, c * 3


def pair(a):
    return a, 1.5


def intout(a):
    return 3


def shape0(a):
    return a.shape[0]


print(ops.vmap(const_out, (0, None), (0, None))(X, x))
print(ops.vmap(const_out, (0, None), 0)(X, x))
print(ops.vmap(pair)(X))
print(ops.vmap(pair, 0, (0, None))(X))
print(repr(ops.vmap(intout)(X)))
print(repr(ops.vmap(shape0)(X)))
