import numpy as np
from mindspore import Tensor

for arr in (np.zeros((2, 3), np.float32), np.zeros((4,), np.float64), np.zeros((2, 2, 3), np.int8),
            np.zeros((), np.int64), np.zeros((3, 1), np.float16), np.zeros((2, 5), np.bool_)):
    t = Tensor(arr)
    print(t.shape, t.ndim, t.size, t.itemsize, t.nbytes, t.strides, t.dtype)
print(type(Tensor(np.zeros((2, 3), np.float32)).shape).__name__)
