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

class Scale(nn.Cell):
    def __init__(self, s):
        super().__init__()
        self.w = Parameter(Tensor(np.full((3,), s, np.float32)), name="w")

    def construct(self, a):
        return a * self.w


cells = nn.CellList([Scale(1.0), Scale(2.0), Scale(3.0)])
x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))
X = Tensor(np.ones((3, 3), np.float32))
print(ops.vmap(cells, None)(x))
print(ops.vmap(cells, 0)(X))
