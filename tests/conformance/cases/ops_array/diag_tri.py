import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.arange(1, 10, dtype=np.float32).reshape(3, 3))
print(repr(ops.tril(x)), repr(ops.tril(x, -1)), repr(ops.triu(x)), repr(ops.triu(x, 1)))
v = Tensor(np.array([1, 2, 3], np.int32))
print(repr(ops.diag(v)), repr(ops.diag(Tensor(np.array([[1.0, 2.0]], np.float32)))))
print(repr(ops.diagonal(x)), repr(ops.diagonal(x, 1)), repr(ops.diagonal(x, -1)))
print(repr(ops.diagflat(v)), repr(ops.diagflat(v, 1)))
print(repr(ops.diag_embed(Tensor(np.array([[1.0, 2.0], [3.0, 4.0]], np.float32)))))
print(repr(ops.diag_embed(Tensor(np.array([1.0, 2.0], np.float32)), 1)))
print(repr(ops.matrix_band_part(x, 1, 0)), repr(ops.matrix_band_part(x, 0, -1)))
