# numpy ufuncs accept a Tensor (through __array__) and return numpy arrays.
import numpy as np
from mindspore import Tensor

t = Tensor(np.array([1.0, 2.0, 3.0], np.float32))
for name, fn in (("add", lambda: np.add(t, 1)), ("multiply", lambda: np.multiply(t, t)),
                 ("exp", lambda: np.exp(t)), ("concatenate", lambda: np.concatenate([t, t])),
                 ("ndarray+Tensor", lambda: np.array([1.0, 1.0, 1.0], np.float32) + t),
                 ("np.float32+Tensor", lambda: np.float32(1.0) + t)):
    r = fn()
    print(name, type(r).__name__, r.dtype, r)
print(np.asarray(t).dtype, np.array(t).shape)
