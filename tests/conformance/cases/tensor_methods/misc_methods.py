import numpy as np
from mindspore import Tensor

x = Tensor(np.array([[4.0, 1.0], [2.0, 3.0]], np.float32))
v = Tensor(np.array([1.0, 2.0], np.float32))
print(repr(x.matmul(x)), repr(x.mm(x)), repr(v.outer(v)), repr(x.dot(x)))
print(repr(x.det()), repr(x.inverse()), repr(x.trace()), repr(x.diag()), repr(v.diag()), repr(x.diagonal()))
print(repr(x.addmm(x, x)), repr(x.addmv(x, v)), repr(x.lerp(x * 2, 0.5)))
print(repr(x.diff()), repr(x.cummax(0)), repr(x.cummin(1)), repr(x.logcumsumexp(1)))
print(repr(x.repeat_interleave(2, 0)), repr(x.flip((0,))))
print(repr(x.int().bitwise_and(Tensor(np.array([3, 1], np.int32)))))
print(repr(x.int().bitwise_xor(1)), repr(x.int().invert()), repr(x.isnan()), repr(x.isinf()), repr(x.isfinite()))
print(repr(x.unique_consecutive()), repr(x.new_zeros((2,))))
