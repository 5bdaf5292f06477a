import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([[1.0, 5.0, 5.0], [6.0, 2.0, 6.0]], np.float32))
print(repr(ops.argmax(x)), repr(ops.argmax(x, 1)), repr(ops.argmax(x, 0, True)))
print(repr(ops.argmin(x)), repr(ops.argmin(x, 1)), repr(ops.argmin(x, 0, True)))
print(repr(ops.argmax(x, dim=-1, keepdim=True)), repr(ops.argmin(x, axis=-1, keepdims=True)))
i = Tensor(np.array([3, 9, 9, -1], np.int32))
print(repr(ops.argmax(i)), repr(ops.argmin(i)))
b = Tensor(np.array([False, True, True]))
print(repr(ops.argmax(b)))
