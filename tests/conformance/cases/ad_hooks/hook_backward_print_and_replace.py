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


def show_grad(grad):
    print("hook grad", grad)


def triple(grad):
    return (grad[0] * 3,)


hb_show = ops.HookBackward(show_grad)
hb_triple = ops.HookBackward(triple)


def f(a):
    return (hb_show(a * a) * 3).sum()


def g(a):
    return (hb_triple(a * a) * 3).sum()


print(ops.grad(f)(x))
print(ops.grad(g)(x))
print(hb_show(x))
