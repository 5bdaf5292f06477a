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

X = Tensor(np.array([[0.5, 1.0], [-1.0, 2.0], [0.0, 0.25]], np.float32))


def f(a):
    return ops.sin(a) * a


print(ops.vmap(ops.grad(ops.grad(f)))(X))
print(ops.grad(ops.grad(ops.grad(f)))(X))
