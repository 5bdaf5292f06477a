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

w = Parameter(Tensor(np.array([1.0, 2.0, 3.0], np.float32)), name="w")
c = Parameter(Tensor(np.array([0.5, 0.5, 0.5], np.float32)), name="c")


def pw(a):
    return a * w


def pc(a):
    return a * c


print(ops.grad(pw, 0, w)(w))
print(ops.grad(pc, 0, c)(w))
