import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([[1.0, 4.0, 9.0], [16.0, 25.0, 36.0]], np.float32))
print(repr(ops.diff(x)), repr(ops.diff(x, 1, 0)), repr(ops.diff(x, 1, 0, Tensor(np.zeros((1, 3), np.float32)))))
print(repr(ops.trace(x)))
print(repr(ops.cross(Tensor(np.array([[1.0, 2.0, 3.0]], np.float32)), Tensor(np.array([[4.0, 5.0, 6.0]], np.float32)))))
print(repr(ops.cdist(x, x * 0.5)), repr(ops.cdist(x, x * 0.5, 1.0)))
print(repr(ops.dist(x, x * 0.5)), repr(ops.dist(x, x * 0.5, 1)))
print(repr(ops.trapz(x)), repr(ops.trapz(x, dx=0.5)))
print(repr(ops.bincount(Tensor(np.array([0, 1, 1, 3], np.int32)))))
print(repr(ops.bincount(Tensor(np.array([0, 1, 1, 3], np.int32)), minlength=6)))
print(repr(ops.count_nonzero(Tensor(np.array([[0, 1, 2], [0, 0, 3]], np.int32)), 1)))
print(repr(ops.tril(x)), repr(ops.triu(x, 1)))
print(repr(ops.approximate_equal(x, x + 1e-6)))
