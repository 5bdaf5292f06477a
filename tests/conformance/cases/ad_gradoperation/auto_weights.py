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
w1 = Parameter(Tensor(np.array([1.0, -1.0, 0.5], np.float32)), name="w1")
w2 = Parameter(Tensor(np.array([2.0], np.float32)), name="w2")


def order(a):
    return a * w2 * w1


def no_param(a):
    return a * 2


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([0.5, -1.0, 2.0], np.float32)), name="w")
        self.b = Parameter(Tensor(np.array([0.1], np.float32)), name="b")

    def construct(self, a):
        return a * self.w + self.b


print(ops.GradOperation(get_by_list=True)(order)(x))
print(ops.GradOperation(get_by_list=True)(no_param)(x))
print(ops.GradOperation(get_by_list=True)(Net())(x))
print(ops.GradOperation(get_all=True, get_by_list=True)(Net())(x))
