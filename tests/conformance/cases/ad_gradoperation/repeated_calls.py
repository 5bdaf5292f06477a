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

w = Parameter(Tensor(np.array([1.0, 2.0], np.float32)), name="w")


def f(a):
    return (a * w * w).sum()


g = ops.GradOperation(get_all=True, get_by_list=True)(f, [w])
for i in range(4):
    a = Tensor(np.array([1.0, float(i)], np.float32))
    print(i, g(a))
    w.set_data(w + 1.0)
