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
sens = Tensor(np.array([1.0, 10.0, 100.0], np.float32))


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([0.5, -1.0, 2.0], np.float32)), name="w")
        self.b = Parameter(Tensor(np.array([0.1], np.float32)), name="b")

    def construct(self, a, c):
        return a * self.w * c + self.b


def f(a, c):
    return a * a * c


net = Net()
params = ParameterTuple(net.trainable_params())

grad_op = ops.GradOperation(get_all=True, get_by_list=False, sens_param=True)
res = grad_op(f)(x, y, sens)
print(type(res).__name__)
print(res)
