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


def times10(cell, grad_input, grad_output):
    return (grad_input[0] * 10,)


def bare(cell, grad_input, grad_output):
    return grad_input[0] * 2


def keep(cell, grad_input, grad_output):
    return None


for fn in (times10, bare, keep):
    h = o.inner.register_backward_hook(fn)
    print(fn.__name__, ops.grad(o)(x))
    h.remove()
h = o.inner.register_backward_hook(times10)
show("weights only", lambda: ops.grad(o, None, o.trainable_params())(x))
h.remove()
