import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

x = Tensor(np.array([[1.0, 2.0, 4.0], [3.0, 5.0, 6.5]], np.float32))
print(repr(ops.mean(x)), repr(ops.mean(x, 1)), repr(ops.mean(x, (0, 1), True)))
i = Tensor(np.array([[-1, -2, 4], [3, 5, 6]], np.int32))
print(repr(ops.mean(i)), repr(ops.mean(i, 1)), repr(ops.mean(i, 0)))
print(repr(ops.mean(Tensor(np.array([-3, -4], np.int64)))))
print(repr(ops.mean(Tensor(np.array([1.0, 2.0], np.float16)))))
print(repr(ops.prod(x)), repr(ops.prod(x, 1)), repr(ops.prod(x, 0, True)))
print(repr(ops.prod(i)), repr(ops.prod(i, 1)), repr(ops.prod(Tensor(np.array([True, False, True])))))
print(repr(ops.prod(i, dtype=ms.float32)))
