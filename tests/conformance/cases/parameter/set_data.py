import numpy as np
from mindspore import Tensor, Parameter

p = Parameter(Tensor(np.array([1.0, 2.0], np.float32)), name="w")
r = p.set_data(Tensor(np.array([5.0, 6.0], np.float32)))
print(repr(p), r is p)
p.set_data(Tensor(np.array([7.0, 8.0], np.float64)))
print(repr(p), p.dtype)
p.set_data(Tensor(np.array([1, 2], np.int32)))
print(repr(p))
try:
    p.set_data(Tensor(np.array([1.0, 2.0, 3.0], np.float32)))
    print("reshaped", p.shape)
except Exception as e:
    print("ERR", type(e).__name__)
