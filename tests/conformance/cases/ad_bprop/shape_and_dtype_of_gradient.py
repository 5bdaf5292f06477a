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


class Shaped(nn.Cell):
    def __init__(self, shape, dtype):
        super().__init__()
        self.shape = shape
        self.dtype = dtype

    def construct(self, a):
        return a * 2

    def bprop(self, a, out, dout):
        return (Tensor(np.ones(self.shape, self.dtype)),)


for shape in ((3,), (1, 3), (2, 3)):
    print(shape, repr(ops.grad(Shaped(shape, np.float32))(x)))
for dtype in (np.float64, np.float16, np.int32):
    print(dtype.__name__, repr(ops.grad(Shaped((3,), dtype))(x)))
