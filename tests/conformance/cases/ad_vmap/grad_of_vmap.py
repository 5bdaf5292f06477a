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

X = Tensor(np.arange(6, dtype=np.float32).reshape(2, 3) * 0.5)


def sq(a):
    return ops.sin(a) * a


def h(a):
    return ops.vmap(sq)(a).sum()


print(ops.grad(ops.vmap(sq))(X))
print(ops.grad(h)(X))
print(ops.vmap(ops.jacrev(sq))(X))
print(ops.vmap(ops.jacfwd(sq))(X))
