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

x64 = Tensor(np.array([1.0, 2.0], np.float64))
x16 = Tensor(np.array([1.0, 2.0], np.float16))
i32 = Tensor(np.array([1, 2], np.int32))
for name, jac in (("jacfwd", ops.jacfwd), ("jacrev", ops.jacrev)):
    show(name + " f64", lambda: jac(ssum)(x64))
    show(name + " f16", lambda: jac(ssum)(x16))
    show(name + " int", lambda: jac(mul)(i32, i32))
    show(name + " position oob", lambda: jac(mul, grad_position=2)(x, y))
    show(name + " position negative", lambda: jac(mul, grad_position=-1)(x, y))
    show(name + " position float", lambda: jac(mul, grad_position=1.0)(x, y))
    show(name + " python scalar", lambda: jac(mul)(2.0, y))
    show(name + " aux 0-d", lambda: jac(ssum, has_aux=True)(x))
    show(name + " aux 1-d", lambda: jac(sq, has_aux=True)(x))
    show(name + " not callable", lambda: jac(3)(x))
