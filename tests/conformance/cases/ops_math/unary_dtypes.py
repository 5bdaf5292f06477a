import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

h = Tensor(np.array([0.5, 2.0, 3.0], np.float16))
d = Tensor(np.array([0.5, 2.0, 3.0], np.float64))
for name in ["exp", "log", "sqrt", "sin", "tanh", "sigmoid", "floor", "reciprocal", "square"]:
    print(name, repr(getattr(ops, name)(h)), repr(getattr(ops, name)(d)))
