import numpy as np
import mindspore as ms
from mindspore import Tensor
from mindspore.ops import functional as F
from mindspore.ops import operations as P

x = Tensor(np.array([[1.0, 2.0], [3.0, 4.0]], np.float32))
print(repr(F.tensor_add(x, x)), repr(F.tensor_mul(x, 2)), repr(F.square(x)), repr(F.sqrt(x)))
print(F.shape(x), F.dtype(x), F.rank(x), F.size(x))
print(repr(F.cast(x, ms.int32)), repr(F.reshape(x, (4,))), repr(F.transpose(x, (1, 0))))
print(repr(F.fill(ms.float32, (2,), 1)), repr(F.scalar_to_tensor(1.5)), repr(F.tuple_to_array((1, 2))))
print(repr(F.depend(x, F.ones_like(x))), repr(F.stop_gradient(x)))
print(repr(F.expand_dims(x, 0).shape), repr(F.select(x > 2, x, -x)), repr(F.zeros_like(x)))
print(repr(F.reduce_sum(x, 1)), repr(F.reduce_mean(x)), repr(F.tensor_pow(x, 2)))
print(repr(F.partial(F.tensor_add, x)(x)), repr(F.tensor_floordiv(x, 2)))
print(repr(P.Add()(x, 1)), repr(P.ReduceSum()(x)), repr(P.Concat()((x, x)).shape))
print(repr(F.mixed_precision_cast(ms.float16, x)), repr(F.mixed_precision_cast(ms.float16, (x, Tensor(1)))))
