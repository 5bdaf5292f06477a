import numpy as np
import mindspore as ms
from mindspore import dtype as mstype

for d in (ms.float16, ms.float32, ms.float64, ms.int8, ms.int32, ms.int64, ms.uint8, ms.bool_):
    print(d, mstype.dtype_to_nptype(d).__name__)
for n in (np.float32, np.int64, np.bool_, np.float16, np.uint8):
    print(np.dtype(n).name, mstype.pytype_to_dtype(n))
