import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))
y = Tensor(np.array([5.0, -2.0, 4.0], np.float32))
print(repr(ops.lerp(x, y, 0.25)), repr(ops.lerp(x, y, Tensor(np.array([0.0, 0.5, 1.0], np.float32)))))
print(repr(ops.addcmul(x, x, y, Tensor(0.5))), repr(ops.addcmul(x, x, y)))
print(repr(ops.addcdiv(x, x, y, Tensor(2.0))), repr(ops.addcdiv(x, y, x)))
