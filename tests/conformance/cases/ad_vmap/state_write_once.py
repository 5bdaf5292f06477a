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

class Counter(nn.Cell):
    def __init__(self):
        super().__init__()
        self.c = Parameter(Tensor(np.array([0.0], np.float32)), name="c")

    def construct(self, a):
        self.c = self.c + 1
        return a * self.c


cn = Counter()
X = Tensor(np.arange(6, dtype=np.float32).reshape(2, 3))
print(ops.vmap(cn)(X))
print(cn.c.value())
print(ops.vmap(cn)(X))
print(cn.c.value())
