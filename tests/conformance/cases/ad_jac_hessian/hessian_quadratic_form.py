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

A = Tensor(np.array([[2.0, 1.0, 0.0], [1.0, 3.0, -1.0], [0.0, -1.0, 4.0]], np.float32))
x = Tensor(np.array([1.0, -2.0, 0.5], np.float32))


def q(v):
    return (v * (A * v).sum(axis=1)).sum() * 0.5 + (v ** 3).sum()


print(ops.jacfwd(ops.jacrev(q))(x))
print(ops.grad(q)(x))
