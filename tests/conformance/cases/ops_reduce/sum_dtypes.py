import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

v = np.array([[1, 2, 3], [4, 5, 6]])
for dt in [np.bool_, np.int8, np.uint8, np.int32, np.int64, np.float16, np.float32, np.float64]:
    t = Tensor(v.astype(dt))
    print(np.dtype(dt).name, repr(ops.sum(t)), repr(ops.sum(t, 1)))
x = Tensor(v.astype(np.float32))
print(repr(ops.sum(x, (0, 1))), repr(ops.sum(x, [1], True)), repr(ops.sum(x, -1, keepdim=True)))
print(repr(ops.sum(x, dtype=ms.float64)), repr(ops.sum(Tensor(v.astype(np.int32)), dtype=ms.int32)))
print(repr(ops.sum(x, ())))
