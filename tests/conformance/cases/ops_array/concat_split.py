import numpy as np
from mindspore import ops, Tensor

a = Tensor(np.array([[1, 2], [3, 4]], np.int32))
b = Tensor(np.array([[5, 6]], np.int32))
print(repr(ops.concat((a, b))), repr(ops.cat([a, a], 1)), repr(ops.concat([a, a], -1)))
print(repr(ops.stack([a, a])), repr(ops.stack((a, a), -1)))
print(repr(ops.hstack([a, a])), repr(ops.vstack([a, b])), repr(ops.row_stack((a, b))))
v = Tensor(np.array([1.0, 2.0], np.float32))
print(repr(ops.column_stack([v, v])), repr(ops.dstack([v, v])), repr(ops.hstack([v, v])))
print(repr(ops.unstack(a)), repr(ops.unstack(a, 1)), repr(ops.unbind(a, 1)))
x = Tensor(np.arange(10, dtype=np.float32).reshape(2, 5))
print(repr(ops.split(x, 2, 1)))
print(repr(ops.split(x, [1, 4], 1)))
print(repr(ops.split(x, 1)))
print(repr(ops.tensor_split(x, 3, 1)))
print(repr(ops.tensor_split(x, [1, 3], 1)))
print(repr(ops.chunk(x, 2, 1)), repr(ops.chunk(x, 3)))
print(repr(ops.hsplit(x, 5)[4]), repr(ops.vsplit(x, 2)[1]))
