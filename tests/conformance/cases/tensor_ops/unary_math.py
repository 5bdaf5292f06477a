import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([-2.0, -0.5, 0.0, 1.0, 3.0], np.float32))
print(repr(ops.square(x)))
print(repr(ops.exp(x)))
print(repr(ops.sigmoid(x)))
print(repr(ops.relu(x)))
print(repr(ops.log(Tensor(np.array([0.5, 1.0, 2.0, 10.0], np.float32)))))
print(repr(ops.log(Tensor(np.array([0.0, -1.0], np.float32)))))
print(repr(x.square()), repr(x.exp()))
print(repr(ops.square(Tensor(np.array([2, -3], np.int32)))))
print(repr(ops.relu(Tensor(np.array([2, -3], np.int32)))))
