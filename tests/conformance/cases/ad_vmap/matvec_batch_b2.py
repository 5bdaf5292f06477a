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

M = Tensor(np.array([[1.0, 0.0, 2.0, -1.0], [0.5, 1.0, 0.0, 3.0]], np.float32))
A = Tensor((np.arange(8) * 0.5 + -1.0).reshape((2, 4)).astype(np.float32))


def mv(v):
    # broadcast + sum: MindSpore 2.10's vmap rule for matmul(matrix, batched vector) fails
    return (M * v).sum(axis=1)


print(ops.vmap(mv)(A))
print(ops.vmap(mv, 0, 1)(A))
