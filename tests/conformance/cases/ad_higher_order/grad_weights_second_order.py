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

w = Parameter(Tensor(np.array([0.5, 2.0], np.float32)), name="w")
x = Tensor(np.array([1.0, -1.0], np.float32))


def f(a):
    return (w * w * w * a).sum()


def gw(a):
    return ops.grad(f, None, w)(a).sum()


print(ops.grad(f, None, w)(x))
print(ops.grad(gw, None, w)(x))
print(ops.grad(gw)(x))
