# In MindSpore 2.10 a Tensor on the left of an operator does not accept a numpy array.
import numpy as np
from mindspore import Tensor

t = Tensor(np.array([1.0, 2.0, 3.0], np.float32))
a = np.array([0.5, 0.5, 0.5], np.float32)
for name, fn in (("t+ndarray", lambda: t + a), ("t*ndarray", lambda: t * np.array([2, 2, 2], np.int64))):
    try:
        r = fn()
        print(name, type(r).__name__, repr(r))
    except Exception as e:
        print(name, "ERR", type(e).__name__)
r3 = t - np.float32(1.0)
print(type(r3).__name__, repr(r3))
print(repr(t + Tensor(a)))
