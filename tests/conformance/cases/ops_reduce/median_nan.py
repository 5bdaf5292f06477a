import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([[1.0, 5.0, 3.0, 2.0], [4.0, 2.0, 6.0, 0.0]], np.float32))
print(repr(ops.median(x)))
print(repr(ops.median(x, 0)), repr(ops.median(x, 1, True)))
print(repr(ops.median(Tensor(np.array([3, 1, 2], np.int32)))))
n = Tensor(np.array([[1.0, np.nan, 3.0], [np.nan, np.nan, 2.0]], np.float32))
print(repr(ops.nansum(n)), repr(ops.nansum(n, 1)), repr(ops.nansum(n, 0, True)))
print(repr(ops.nanmean(n)), repr(ops.nanmean(n, 1)))
print(repr(ops.nansum(Tensor(np.array([1, 2], np.int32)))))
print(repr(ops.aminmax(x)), repr(ops.aminmax(x, axis=1, keepdims=True)))
print(repr(ops.count_nonzero(x)), repr(ops.count_nonzero(x, (0, 1))), repr(ops.count_nonzero(x, 1, True)))
