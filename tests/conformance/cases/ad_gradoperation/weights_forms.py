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
w = Parameter(Tensor(np.array([0.5, -1.0, 2.0], np.float32)), name="w")
v = Parameter(Tensor(np.array([3.0], np.float32)), name="v")


def f(a):
    return (a * w * v).sum()


g = ops.GradOperation(get_by_list=True)
print(g(f, w)(x))
print(g(f, [w])(x))
print(g(f, (v, w))(x))
print(g(f, ParameterTuple([w, v]))(x))
print(ops.GradOperation()(f, [w])(x))
print(ops.GradOperation(get_all=True)(f, [w])(x))
