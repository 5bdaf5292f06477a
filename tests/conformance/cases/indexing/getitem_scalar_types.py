import numpy as np
from mindspore import Tensor

x = Tensor(np.array([1.5, 2.5, 3.5], np.float32))
e = x[1]
print(type(e).__name__, e.shape, e.dtype, e)
print(float(x[0]), int(x[2]), bool(x[0] > 1))
for v in x:
    print(v)
print(len(Tensor(np.zeros((5, 2), np.float32))))
