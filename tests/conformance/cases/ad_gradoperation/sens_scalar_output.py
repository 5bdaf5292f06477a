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

x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))


def ssum(a):
    return (a * a).sum()


g = ops.GradOperation(sens_param=True)(ssum)
print(g(x, 2.0))
print(g(x, 3))
print(g(x, Tensor(0.5)))
print(g(x, Tensor(2.0, ms.float64)))
print(g(x, Tensor(np.array([4.0], np.float32))))
