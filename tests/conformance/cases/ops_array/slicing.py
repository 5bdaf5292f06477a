import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.arange(24, dtype=np.int32).reshape(2, 3, 4))
print(repr(ops.slice(x, (0, 1, 0), (2, 1, 3))), repr(ops.slice(x, [1, 0, 2], [-1, 2, -1])))
print(repr(ops.strided_slice(x, (0, 0, 0), (2, 3, 4), (1, 2, 2))))
print(repr(ops.strided_slice(x, (1, 0, 0), (2, 3, 4), (1, 1, 1), shrink_axis_mask=1)))
print(repr(ops.strided_slice(x, (0, 2, 3), (2, 0, 0), (1, -1, -2), end_mask=4)))
print(repr(ops.strided_slice(x, (0, 1), (1, 2), (1, 1), begin_mask=1, new_axis_mask=0)))
print(repr(ops.narrow(x, 2, 1, 2)), repr(ops.narrow(x, 1, 0, 1).shape))
