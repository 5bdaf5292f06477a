import numpy as np
from mindspore import ops, Tensor

a = Tensor(np.array([[1.0, 2.0], [3.0, 4.0]], np.float32))
b = Tensor(np.array([[0.5], [-1.0]], np.float32))
print(repr(ops.matmul(a, b)))
print(repr(a @ b))
v = Tensor(np.array([1.0, 1.0], np.float32))
print(repr(ops.matmul(a, v)))
print(repr(ops.matmul(v, v)))
batch = Tensor(np.arange(8, dtype=np.float32).reshape(2, 2, 2))
print(ops.matmul(batch, a))
print(repr(ops.matmul(Tensor(np.array([[1, 2]], np.int32)), Tensor(np.array([[3], [4]], np.int32)))))
