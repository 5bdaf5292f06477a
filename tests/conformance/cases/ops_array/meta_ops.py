import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

x = Tensor(np.ones((2, 3, 4), np.float16))
print(ops.shape(x), ops.rank(x), ops.size(x), ops.numel(x), ops.dtype(x))
print(ops.is_tensor(x), ops.is_tensor(np.ones(2)), ops.is_floating_point(x), ops.is_complex(x))
print(repr(ops.cast(x[0, 0], ms.int32)), repr(ops.cast(Tensor(np.array([1.7, -1.7], np.float32)), ms.int32)))
print(repr(ops.cast(Tensor(np.array([0, 2], np.int32)), ms.bool_)))
print(repr(ops.scalar_to_tensor(3)), repr(ops.scalar_to_tensor(2.5, ms.int32)))
print(repr(ops.tuple_to_array((1, 2, 3))), repr(ops.tuple_to_array((1.0, 2.5))))
print(ops.scalar_cast(2.7, ms.int64), ops.scalar_cast(3, ms.float64), ops.scalar_cast(0, ms.bool_))
print(repr(ops.identity(x[0, 0])))
y = ops.depend(x[0, 0], ops.ones(1))
print(repr(y))
print(repr(ops.atleast_2d(Tensor(np.array([1, 2], np.int32)))), ops.atleast_3d(x[0]).shape)
