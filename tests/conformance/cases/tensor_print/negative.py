import numpy as np
from mindspore import Tensor

print(Tensor(np.array([-1.0, -2.5, -3.0], np.float32)))
print(Tensor(np.array([[-1.0, 2.0], [3.0, -4.0]], np.float32)))
print(repr(Tensor(np.array([-1, -20, 300], np.int32))))
print(Tensor(np.array([-1, -20, 300], np.int64)))
