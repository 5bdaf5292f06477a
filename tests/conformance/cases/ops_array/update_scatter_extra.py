import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.arange(12, dtype=np.float32).reshape(3, 4))
print(repr(ops.reverse_sequence(x, Tensor(np.array([1, 2, 4], np.int32)), 1)))
print(repr(ops.reverse_sequence(x, Tensor(np.array([2, 3, 1, 3], np.int32)), 0, 1)))
print(repr(ops.diagonal_scatter(ops.zeros((3, 3)), Tensor(np.ones(2, np.float32)), 1)))
print(repr(ops.diagonal_scatter(ops.zeros((3, 4)), Tensor(np.array([7.0, 8.0, 9.0], np.float32)))))
print(repr(ops.inplace_update(x, Tensor(np.full((2, 4), -1.0, np.float32)), (0, 2))))
