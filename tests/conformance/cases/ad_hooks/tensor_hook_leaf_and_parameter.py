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

w = Parameter(Tensor(np.array([1.0, 2.0, 3.0], np.float32)), name="w")


def show(grad):
    print("leaf grad", grad)


def double(grad):
    return grad * 2


def sq(a):
    return (a * a).sum()


def pw(a):
    return (a * w).sum()


y = Tensor(np.array([1.0, -2.0, 3.0], np.float32))
h = y.register_hook(show)
print(ops.grad(sq)(y))
h.remove()
print(ops.grad(sq)(y))
hw = w.register_hook(double)
print(ops.grad(pw, None, w)(x))
hw.remove()
print(ops.grad(pw, None, w)(x))
