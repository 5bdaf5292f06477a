import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

print(repr(ops.ones(3)), repr(ops.ones((2, 2), ms.int8)), repr(ops.ones(Tensor(np.array([1, 2])))))
print(repr(ops.zeros((2, 1))), repr(ops.zeros(2, ms.bool_)))
print(repr(ops.full((2,), 3)), repr(ops.full((2,), 3.7)), repr(ops.full((2,), True)))
print(repr(ops.full((2, 2), 1.5, dtype=ms.float32)), repr(ops.full((1,), Tensor(2.5), dtype=ms.float16)))
print(repr(ops.fill(ms.float32, (2, 2), 3)), repr(ops.fill(ms.int32, (3,), 2.7)))
x = Tensor(np.array([[1, 2]], np.int32))
print(repr(ops.full_like(x, 7)), repr(ops.full_like(x, 2.5)), repr(ops.full_like(x, 2, dtype=ms.float32)))
print(repr(ops.zeros_like(x, dtype=ms.float64)), repr(ops.ones_like(Tensor(np.array([True])))))
print(repr(ops.eye(2)), repr(ops.eye(2, 3, ms.int32)), repr(ops.eye(3, 2, ms.bool_)))
print(repr(ops.tril_indices(3, 3)), repr(ops.triu_indices(2, 3, 1)))
