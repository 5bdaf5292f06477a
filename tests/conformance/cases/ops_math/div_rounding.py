import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([-7.5, -3.0, 5.0, 7.0], np.float32))
y = Tensor(np.array([2.0, 2.0, -3.0, 2.0], np.float32))
print(repr(ops.div(x, y)))
print(repr(ops.div(x, y, rounding_mode="trunc")))
print(repr(ops.div(x, y, rounding_mode="floor")))
i = Tensor(np.array([-7, -3, 5, 7], np.int32))
j = Tensor(np.array([2, 2, -3, 2], np.int32))
print(repr(ops.div(i, j)))
print(repr(ops.div(i, j, rounding_mode="trunc")))
print(repr(ops.div(i, j, rounding_mode="floor")))
print(repr(ops.div(x, 0.0)))
try:
    print(ops.div(x, y, rounding_mode="round"))
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
