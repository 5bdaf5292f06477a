import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([[1.0, 5.0, 3.0], [4.0, 2.0, 7.0]], np.float32))
print(repr(ops.var(x)), repr(ops.var(x, 1)), repr(ops.var(x, 0, 1)), repr(ops.var(x, 1, keepdims=True)))
print(repr(ops.std(x)), repr(ops.std(x, 1)), repr(ops.std(x, (0, 1), 1)), repr(ops.std(x, 0, ddof=True)))
print(repr(ops.var_mean(x, 1)))
print(repr(ops.std_mean(x, 0, 1, True)))
print(repr(ops.var(Tensor(np.array([1.0, 2.0, 4.0], np.float64)))))
