import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

x = Tensor(np.array([[1.0, 5.0, 5.0], [6.0, 2.0, 0.5]], np.float32))
print(repr(ops.Argmax()(x)), repr(ops.Argmax(0)(x)), repr(ops.Argmax(1, ms.int64)(x)))
print(repr(ops.Argmin()(x)), repr(ops.Argmin(axis=0, output_type=ms.int64)(x)))
print(repr(ops.ArgMaxWithValue()(x)))
print(repr(ops.ArgMaxWithValue(1, True)(x)))
print(repr(ops.ArgMinWithValue(axis=-1)(x)))
print(repr(ops.Argmax()(Tensor(np.array([3, 9, 2], np.int64)))))
try:
    ops.Argmax(output_type=ms.float32)
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
