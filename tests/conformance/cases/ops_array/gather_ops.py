import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.arange(12, dtype=np.float32).reshape(3, 4))
idx = Tensor(np.array([2, 0], np.int32))
print(repr(ops.gather(x, idx, 0)), repr(ops.gather(x, idx, 1)), repr(ops.gather(x, idx, -1)))
print(repr(ops.gather(x, Tensor(np.array([[0, 1], [2, 2]], np.int64)), 0)))
print(repr(ops.gather(x, Tensor(np.array([[0, 1], [3, 2], [1, 1]], np.int32)), 1, 1)))
print(repr(ops.gather(x, Tensor(np.array([-1, 1], np.int32)), 0)))
e = Tensor(np.array([[0, 0], [1, 3], [2, 1]], np.int32))
print(repr(ops.gather_elements(x, 1, e)), repr(ops.gather_d(x, 1, e)))
print(repr(ops.gather_elements(x, 0, Tensor(np.array([[2, 0, 1, 1]], np.int64)))))
print(repr(ops.gather_nd(x, Tensor(np.array([[0, 1], [2, 3]], np.int32)))), repr(ops.gather_nd(x, Tensor(np.array([[1]], np.int32)))))
print(repr(ops.index_select(x, 1, Tensor(np.array([3, 0], np.int32)))), repr(ops.index_select(x, 0, Tensor(np.array([1])))))
