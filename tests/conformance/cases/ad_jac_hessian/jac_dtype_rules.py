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
x64 = Tensor(np.array([1.0, 2.0, 3.0], np.float64))
i32 = Tensor(np.array([1, 2, 3], np.int32))


def mul(a, c):
    return a * c


def cast_out(a):
    return (a * a).astype(ms.float64)


def to32(a):
    return (a * a).astype(ms.float32)


show("jacfwd f32,i32", lambda: ops.jacfwd(mul)(x, i32))
show("jacrev f32,i32", lambda: ops.jacrev(mul)(x, i32))
show("jacfwd f64 out", lambda: repr(ops.jacfwd(cast_out)(x)))
show("jacrev f64 out", lambda: ops.jacrev(cast_out)(x))
show("jacrev f64 in f32 out", lambda: repr(ops.jacrev(to32)(x64)))
show("jacfwd f64 in f32 out", lambda: ops.jacfwd(to32)(x64))
