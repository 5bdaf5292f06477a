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


def three(a):
    return a.sum(), a * a, a * 3


sens = (Tensor(2.0), Tensor(np.ones(3, np.float32)), Tensor(np.array([0.0, 1.0, 0.5], np.float32)))
print(ops.GradOperation(sens_param=True)(three)(x, sens))
print(ops.GradOperation(get_all=True, sens_param=True)(three)(x, list(sens)))
