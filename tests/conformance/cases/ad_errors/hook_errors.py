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


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([0.5, -1.0, 2.0], np.float32)), name="w")

    def construct(self, a):
        return a * self.w


class Outer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.inner = Net()

    def construct(self, a):
        return (self.inner(a * 2) * 3).sum()


o = Outer()


def bw_shape(cell, gi, go):
    return (Tensor(np.ones(2, np.float32)),)


def bw_count(cell, gi, go):
    return (gi[0], gi[0])


def bw_dtype(cell, gi, go):
    return (gi[0].astype(ms.float64),)


def pre_shape(cell, go):
    return (Tensor(np.ones(2, np.float32)),)


def pre_count(cell, go):
    return (go[0], go[0])


def pre_dtype(cell, go):
    return (go[0].astype(ms.float64),)


for fn in (bw_shape, bw_count, bw_dtype):
    h = o.inner.register_backward_hook(fn)
    show(fn.__name__, lambda: ops.grad(o)(x))
    h.remove()
for fn in (pre_shape, pre_count, pre_dtype):
    h = o.inner.register_backward_pre_hook(fn)
    show(fn.__name__, lambda: ops.grad(o)(x))
    h.remove()


def hb_shape(g):
    return (Tensor(np.ones(2, np.float32)),)


def hb_count(g):
    return (g[0], g[0])


def hb_dtype(g):
    return (g[0].astype(ms.float64),)


for fn in (hb_shape, hb_count, hb_dtype):
    hb = ops.HookBackward(fn)

    def f(a):
        return (hb(a * a) * 3).sum()

    show(fn.__name__, lambda: ops.grad(f)(x))


def th_tuple(g):
    return (g * 2,)


def f2(a):
    b = a * a
    b.register_hook(th_tuple)
    return (b * 3).sum()


show("tensor hook tuple", lambda: ops.grad(f2)(x))
show("HookBackward not callable", lambda: ops.HookBackward(3))
show("register_hook not callable", lambda: x.register_hook(3))
show("register_backward_hook not callable", lambda: o.register_backward_hook(3))
show("register_forward_hook not callable", lambda: o.register_forward_hook(3))
show("HookBackward kwargs", lambda: ops.HookBackward(th_tuple)(x, y=x))
