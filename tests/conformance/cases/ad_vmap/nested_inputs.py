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


def nested(t):
    return t[0] * t[1][0] + t[1][1]


def tsum(t):
    return t[0] + t[1]


print(ops.vmap(nested, ((0, (0, None)),))((X, (Y, x))))
print(ops.vmap(nested, ([0, [0, None]],))([X, [Y, x]]))
print(ops.vmap(tsum)((X, Y)))
print(ops.vmap(tsum, ((0, 1),))((X, Tensor(np.ones((3, 2), np.float32)))))
