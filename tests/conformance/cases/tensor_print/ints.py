import numpy as np
from mindspore import Tensor

for dt in (np.int8, np.int16, np.int32, np.int64, np.uint8):
    t = Tensor(np.array([[1, -2, 3], [40, 5, 127]]).astype(dt))
    print(t)
    print(repr(t))
