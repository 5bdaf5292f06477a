import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

x = Tensor(np.array([[1.0, 5.0, 3.0], [4.0, 2.0, 6.0]], np.float32))
i = Tensor(np.array([[1, -2, 3], [4, 2, -1]], np.int32))
print(repr(ops.cumsum(x, 1)), repr(ops.cumsum(x, 0)), repr(ops.cumsum(i, 1)))
print(repr(ops.cumsum(i, 0, ms.float32)), repr(ops.cumsum(x, -1, dtype=ms.float64)))
print(repr(ops.cumprod(x, 1)), repr(ops.cumprod(i, 1)), repr(ops.cumprod(i, 0, dtype=ms.float32)))
print(repr(ops.cummax(x, 1)))
print(repr(ops.cummin(x, 1)))
print(repr(ops.cummax(Tensor(np.array([1.0, 3.0, 3.0, 2.0, 5.0], np.float32)), 0)))
print(repr(ops.cummin(Tensor(np.array([3.0, 1.0, 1.0, 2.0, 0.0], np.float32)), 0)))
print(repr(ops.logcumsumexp(x, 1)))
print(repr(ops.logsumexp(x, 1)), repr(ops.logsumexp(x, (0, 1), True)), repr(ops.logsumexp(x, 0)))
