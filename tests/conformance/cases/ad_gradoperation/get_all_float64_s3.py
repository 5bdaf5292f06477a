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

a = Tensor((np.arange(3) * 0.25 + 0.5).reshape((3,)).astype(np.float64))
b = Tensor((np.arange(3) * 0.5 + -1.0).reshape((3,)).astype(np.float64))


def f(p, q):
    return (p * q + ops.sin(p) * q * q).sum()


ga = ops.GradOperation(get_all=True)(f)(a, b)
for g in ga:
    print(repr(g))
