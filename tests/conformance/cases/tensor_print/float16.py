import numpy as np
import mindspore as ms
from mindspore import Tensor

t = Tensor(np.array([1.0, 0.1, -3.5, 1000.0], np.float16))
print(t)
print(repr(t))
print(Tensor([0.5, 2.0], ms.float16))
print(repr(Tensor(np.array([[0.333, 2.0]], np.float16))))
