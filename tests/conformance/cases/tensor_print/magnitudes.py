import numpy as np
from mindspore import Tensor

for vals in ([1e-8, 2e-8], [1e10, 3.5e12], [1e-5, 1.0, 1e5], [1e-3, 5.0], [123456.0, 0.5], [1e16, 1.0]):
    t = Tensor(np.array(vals, np.float32))
    print(t)
    print(repr(t))
