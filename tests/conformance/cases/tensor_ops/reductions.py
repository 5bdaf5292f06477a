import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.5]], np.float32))
print(repr(ops.mean(x)))
print(repr(ops.mean(x, 0)))
print(repr(ops.mean(x, axis=1, keep_dims=True)))
print(repr(ops.sum(x)))
print(repr(ops.sum(x, dim=1)))
print(repr(ops.sum(x, 0, keepdim=True)))
print(repr(x.sum()), repr(x.mean()))
print(repr(x.sum(axis=0)), repr(x.mean(axis=(0, 1))))
i = Tensor(np.array([[1, 2], [3, 4]], np.int32))
print(repr(ops.sum(i)), repr(i.sum(axis=1)))
