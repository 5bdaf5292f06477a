# conformance: rtol=2e-3 atol=2e-3
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

x = Tensor(np.array([0.5, -1.0, 1.5], np.float16))


def f(a):
    return ops.tanh(a)


d1 = ops.grad(f)
d2 = ops.grad(d1)
d3 = ops.grad(d2)
print(repr(d1(x)))
print(repr(d2(x)))
print(repr(d3(x)))
