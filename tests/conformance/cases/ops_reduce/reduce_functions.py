import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([[1.0, 5.0, 3.0], [4.0, 2.0, 6.0]], np.float32))
i = Tensor(np.array([[1, 5, 3], [4, 2, 6]], np.int32))
for name in ["reduce_sum", "reduce_mean", "reduce_max", "reduce_min"]:
    fn = getattr(ops, name)
    print(name, repr(fn(x)), repr(fn(x, 1)), repr(fn(x, (0, 1))), repr(fn(i, 0)))
