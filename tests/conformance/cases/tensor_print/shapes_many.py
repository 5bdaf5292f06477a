import numpy as np
from mindspore import Tensor

for shape in [(1,), (1, 1), (4, 1), (1, 4), (2, 1, 3), (1, 1, 1, 2)]:
    t = Tensor(np.arange(int(np.prod(shape)), dtype=np.float32).reshape(shape) + 0.5)
    print(shape)
    print(t)
    print(repr(t))
