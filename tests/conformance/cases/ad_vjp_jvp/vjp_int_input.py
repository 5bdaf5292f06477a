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

i = Tensor(np.array([1, 2, 3], np.int32))


def sq(a):
    return a * a


out, fn = ops.vjp(sq, i)
print(repr(out))
print(fn(Tensor(np.array([1, 1, 2], np.int32))))
