import numpy as np
from mindspore import Tensor

for dt in (np.float16, np.float32, np.float64, np.int8, np.int16, np.int32, np.int64,
           np.uint8, np.uint16, np.uint32, np.uint64, np.bool_, np.complex64):
    t = Tensor(np.ones((2,), dtype=dt))
    print(np.dtype(dt).name, t.dtype, t.asnumpy().dtype)
