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


def double(grad):
    return (grad[0] * 2,)


hb = ops.HookBackward(double)


def f(a):
    return (hb(a * a) * 3).sum()


@ms.jit
def jg(a):
    return ops.grad(f)(a)


print(ops.grad(f)(x))
print(jg(x))
print(ops.jvp(f, x, x))
