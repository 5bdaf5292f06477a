import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([1.0, 2.0], np.float32))
y = Tensor(np.array([3.0, 4.0], np.float32))


def f(a, c):
    return (a * c).sum()


for pos in (1.0, "0", [0, 1], (0, 1.0), True, ()):
    try:
        print(repr(pos), ops.grad(f, pos)(x, y))
    except Exception as e:
        print(repr(pos), "ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
