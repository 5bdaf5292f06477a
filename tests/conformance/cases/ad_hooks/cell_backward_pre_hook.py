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


def pre_show(cell, grad_output):
    print("pre hook", grad_output)


def pre_scale(cell, grad_output):
    return (grad_output[0] * 100,)


h = o.inner.register_backward_pre_hook(pre_show)
print(ops.grad(o)(x))
h.remove()
h = o.inner.register_backward_pre_hook(pre_scale)
print(ops.grad(o)(x))
print(ops.grad(o, None, o.trainable_params())(x))
h.remove()
