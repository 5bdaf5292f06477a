import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.zeros((3, 3), np.float32))
ind = Tensor(np.array([[0, 0], [2, 1]], np.int32))
upd = Tensor(np.array([1.5, -2.0], np.float32))
for name in ["tensor_scatter_update", "tensor_scatter_add", "tensor_scatter_sub",
             "tensor_scatter_max", "tensor_scatter_min"]:
    print(name, repr(getattr(ops, name)(x, ind, upd)))
y = Tensor(np.full((3, 3), 4.0, np.float32))
print(repr(ops.tensor_scatter_mul(y, ind, upd)), repr(ops.tensor_scatter_div(y, ind, upd)))
rows = Tensor(np.array([[1], [0]], np.int32))
print(repr(ops.tensor_scatter_update(x, rows, Tensor(np.ones((2, 3), np.float32)))))
print(repr(ops.tensor_scatter_add(x, Tensor(np.array([[1, 1], [1, 1]], np.int32)), upd)))
print(repr(ops.scatter_nd(ind, upd, (3, 2))), repr(ops.scatter_nd(rows, Tensor(np.ones((2, 4), np.int32)), (3, 4))))
e = Tensor(np.array([[1, 0, 2]], np.int32))
src = Tensor(np.array([[7.0, 8.0, 9.0]], np.float32))
print(repr(ops.tensor_scatter_elements(x, e, src, 0)), repr(ops.tensor_scatter_elements(x, e, src, 1, "add")))
print(repr(ops.scatter(x, 0, e, src)), repr(ops.scatter(x, 1, e, src)))
print(repr(ops.index_fill(x, 1, Tensor(np.array([0, 2], np.int32)), Tensor(3.0))))
print(repr(ops.select_scatter(x, Tensor(np.ones(3, np.float32)), 0, 1)))
print(repr(ops.slice_scatter(x, Tensor(np.ones((3, 1), np.float32)), 1, 1, 2)))
