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


class Two(nn.Cell):
    def construct(self, a, b):
        return a * b, a + b


class UseTwo(nn.Cell):
    def __init__(self):
        super().__init__()
        self.t = Two()

    def construct(self, a, b):
        p, q = self.t(a, b)
        return (p * 2 + q).sum()


def bhook(cell, grad_input, grad_output):
    print("gi", len(grad_input), "go", len(grad_output))
    return (grad_input[0] * 0, grad_input[1])


u = UseTwo()
y = Tensor(np.array([0.5, 1.0, -1.0], np.float32))
h = u.t.register_backward_hook(bhook)
print(ops.grad(u, (0, 1))(x, y))
h.remove()
print(ops.grad(u, (0, 1))(x, y))
