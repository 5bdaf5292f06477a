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
y = Tensor(np.array([4.0, 5.0, 6.0], np.float32))


def sq(a):
    return a * a


def mul(a, c):
    return a * c


def ssum(a):
    return (a * a).sum()


def three(a):
    return a.sum(), a * a, a * 3

G = ops.GradOperation(sens_param=True)
show("missing sens", lambda: G(sq)(x))
show("wrong shape", lambda: G(sq)(x, Tensor(np.ones(2, np.float32))), ", ,")
show("size-1 shape", lambda: G(sq)(x, Tensor(np.ones(1, np.float32))), ", ,")
show("0-d sens", lambda: G(sq)(x, Tensor(2.0)))
show("python sens", lambda: G(sq)(x, 2.0))
show("float64 sens", lambda: G(sq)(x, Tensor(np.ones(3, np.float64))), ", ,")
show("int32 sens", lambda: G(sq)(x, Tensor(np.ones(3, np.int32))), ", ,")
show("shape and dtype", lambda: G(sq)(x, Tensor(np.ones(2, np.float64))), ", ,")
show("tuple too short", lambda: G(three)(x, (Tensor(1.0), Tensor(np.ones(3, np.float32)))))
show("tensor for tuple", lambda: G(three)(x, Tensor(np.ones(3, np.float32))))
show("get_all python sens", lambda: ops.GradOperation(get_all=True, sens_param=True)(mul)(x, y, 2.0))
