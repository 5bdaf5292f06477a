import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([[1.0], [2.0]], np.float32))
print(repr(ops.broadcast_to(x, (2, 3))), repr(ops.broadcast_to(x, (-1, 2))))
print(repr(ops.broadcast_to(x, (2, 2, 3))))
print(repr(ops.expand_as(x, Tensor(np.zeros((2, 4), np.int32)))))
print(repr(ops.tile(x, (1, 3))), repr(ops.tile(x, (2,))), repr(ops.tile(x, (2, 1, 2))))
i = Tensor(np.array([[1, 2], [3, 4]], np.int32))
print(repr(ops.repeat_elements(i, 2)), repr(ops.repeat_elements(i, 3, 1)))
print(repr(ops.repeat_interleave(i, 2)), repr(ops.repeat_interleave(i, 2, 0)))
print(repr(ops.repeat_interleave(i, Tensor(np.array([1, 2])), 1)))
