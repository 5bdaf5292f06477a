import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

vals = np.array([1, 2, 3])
dts = [np.bool_, np.int8, np.uint8, np.int16, np.int32, np.int64, np.float16, np.float32,
       np.float64]
for a in dts:
    for b in dts:
        x = Tensor(vals.astype(a))
        y = Tensor(vals.astype(b))
        r = ops.mul(x, y)
        print(np.dtype(a).name, np.dtype(b).name, r.dtype, r.asnumpy().tolist())
