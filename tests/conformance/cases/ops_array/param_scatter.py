import numpy as np
import mindspore as ms
from mindspore import ops, Tensor, Parameter

p = Parameter(Tensor(np.zeros((3, 2), np.float32)), name="p")
out = ops.scatter_update(p, Tensor(np.array([2, 0], np.int32)), Tensor(np.array([[1.0, 2.0], [3.0, 4.0]], np.float32)))
print(repr(out))
print(repr(p.value()))
ops.scatter_add(p, Tensor(np.array([0, 0], np.int32)), Tensor(np.ones((2, 2), np.float32)))
print(repr(p.value()))
ops.scatter_nd_update(p, Tensor(np.array([[1, 1]], np.int32)), Tensor(np.array([9.0], np.float32)))
print(repr(p.value()))
ops.scatter_nd_add(p, Tensor(np.array([[1, 1], [2, 0]], np.int32)), Tensor(np.array([1.0, 1.0], np.float32)))
print(repr(p.value()))
q = Parameter(Tensor(np.ones((2, 3), np.float32)), name="q")
r = ops.index_add(q, Tensor(np.array([0, 2], np.int32)), Tensor(np.array([[1.0, 2.0], [3.0, 4.0]], np.float32)), 1)
print(repr(r), repr(q.value()))
