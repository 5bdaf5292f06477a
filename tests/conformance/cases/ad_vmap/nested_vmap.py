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

a = Tensor(np.arange(24, dtype=np.float32).reshape(2, 3, 4))
b = Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) * 0.5)


def dot(u, v):
    return (u * v).sum()


print(ops.vmap(ops.vmap(dot))(a, a))
print(ops.vmap(ops.vmap(dot, (0, 0)), (0, None))(a, b))
print(ops.vmap(ops.vmap(dot, (1, None)), (0, None), 1)(a, b[:, 0]))
