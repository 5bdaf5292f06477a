import numpy as np
from mindspore import ops, Tensor

a = Tensor(np.array([[1.0, 2.0], [3.0, 4.0]], np.float32))
b = Tensor(np.array([[5.0, 6.0]], np.float32))
print(ops.concat((a, b)))
print(ops.concat([a, a], axis=1))
print(ops.concat((a, a), -1).shape)
print(ops.stack((a, a)))
print(ops.stack([a, a], axis=1).shape)
print(ops.stack((a, a), axis=-1).shape)
