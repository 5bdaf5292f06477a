import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([[1.0, -2.0], [3.0, -4.0]], np.float32))
c = x > 0
print(repr(ops.where(c, x, 0.0)), repr(ops.where(c, 1, x)), repr(ops.where(c, x, Tensor(np.array([9.0, 8.0], np.float32)))))
print(repr(ops.select(c, x, -x)))
i = Tensor(np.array([1, 2, 3], np.int32))
print(repr(ops.where(i > 1, i, 0.5)))
print(repr(ops.masked_fill(x, c, 0.0)), repr(ops.masked_fill(x, c, Tensor(7.0))), repr(ops.masked_fill(i, i > 1, 2)))
print(repr(ops.masked_fill(x, Tensor(np.array([True, False])), 5.0)))
print(repr(ops.masked_select(x, c)), repr(ops.masked_select(x, Tensor(np.array([False, True])))))
print(repr(ops.nonzero(x)), repr(ops.nonzero(Tensor(np.array([0, 3, 0, 4], np.int32)))))
print(repr(ops.argwhere(c)))
