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


class TooFew(nn.Cell):
    def construct(self, a, c):
        return a * c

    def bprop(self, a, c, out, dout):
        return (dout,)


class ScalarCount(nn.Cell):
    def construct(self, a, n):
        return a * n

    def bprop(self, a, n, out, dout):
        return (dout * n,)


class Shaped(nn.Cell):
    def __init__(self, shape):
        super().__init__()
        self.shape = shape

    def construct(self, a):
        return a * 2

    def bprop(self, a, out, dout):
        return (Tensor(np.ones(self.shape, np.float32)),)


show("too few", lambda: ops.grad(TooFew(), (0, 1))(x, y))
show("python arg counts", lambda: ops.grad(ScalarCount())(x, 3))
show("shape (2,)", lambda: ops.grad(Shaped((2,)))(x))
show("shape (1,)", lambda: ops.grad(Shaped((1,)))(x))
show("shape ()", lambda: ops.grad(Shaped(()))(x))
show("shape (3, 1)", lambda: ops.grad(Shaped((3, 1)))(x))
