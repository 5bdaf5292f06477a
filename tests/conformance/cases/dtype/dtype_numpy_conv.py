import numpy as np
import mindspore as ms
from mindspore import dtype as mstype

# numpy type names differ between numpy 1.x and 2.x (np.bool_.__name__ is 'bool_' / 'bool'), so
# the numpy side is printed as np.dtype(...).name and checked by identity against numpy's types.
numpy_types = (np.float16, np.float32, np.float64, np.int8, np.int32, np.int64, np.uint8, np.bool_)
for d in (ms.float16, ms.float32, ms.float64, ms.int8, ms.int32, ms.int64, ms.uint8, ms.bool_):
    t = mstype.dtype_to_nptype(d)
    print(d, np.dtype(t).name, [n for n in numpy_types if n is t] == [t])
for n in (np.float32, np.int64, np.bool_, np.float16, np.uint8):
    print(np.dtype(n).name, mstype.pytype_to_dtype(n))
