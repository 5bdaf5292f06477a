import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([[1.0, 5.0, 3.0], [4.0, 2.0, 6.0]], np.float32))
print(repr(ops.max(x)))
print(repr(ops.max(x, 0)), repr(ops.max(x, 1, True)))
print(repr(ops.min(x)), repr(ops.min(x, 1)), repr(ops.min(x, -1, keepdims=True)))
print(repr(ops.max(x, 1, initial=5.5)))
print(repr(ops.amax(x)), repr(ops.amax(x, 0)), repr(ops.amax(x, (0, 1))), repr(ops.amax(x, 1, True)))
print(repr(ops.amin(x)), repr(ops.amin(x, 1)))
print(repr(ops.amax(x, 1, initial=5.5)), repr(ops.amin(x, 0, initial=2.5)))
m = Tensor(np.array([[True, False, True], [False, True, True]]))
print(repr(ops.amax(x, 1, initial=0.0, where=m)))
i = Tensor(np.array([[7, -2], [3, 9]], np.int32))
print(repr(ops.max(i, 0)), repr(ops.amin(i)))
t = Tensor(np.array([2.0, 7.0, 7.0, 1.0], np.float32))
print(repr(ops.max(t, 0)), repr(ops.min(Tensor(np.array([3.0, 1.0, 1.0], np.float32)), 0)))
