import numpy as np
from mindspore import Tensor

for shape in [(0,), (0, 3), (2, 0)]:
    t = Tensor(np.zeros(shape, np.float32))
    print(t)
    print(repr(t))
    print(t.shape, t.size)
e = Tensor(np.zeros((0,), np.int64))
print(e)
print(repr(e))
