import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], np.float32))
print(repr(ops.CumSum()(x, 1)), repr(ops.CumSum(exclusive=True)(x, 1)))
print(repr(ops.CumSum(reverse=True)(x, 1)), repr(ops.CumSum(True, True)(x, 0)))
print(repr(ops.CumProd()(x, 1)), repr(ops.CumProd(True, False)(x, 1)), repr(ops.CumProd(False, True)(x, 0)))
i = Tensor(np.array([1, 2, 3], np.int32))
print(repr(ops.CumSum()(i, 0)), repr(ops.CumProd()(i, 0)))
print(repr(ops.Cummax(0)(Tensor(np.array([1.0, 3.0, 2.0], np.float32)))))
