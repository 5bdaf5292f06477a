import numpy as np
import mindspore as ms
from mindspore import Tensor


@ms.jit
def running(x):
    h = x[0] * 0
    peak = x[0] * 0
    for r in x:
        h = h * 0.5 + r
        if h.sum() > peak.sum():
            peak = h
    return h, peak


x = Tensor(np.sin(np.arange(60, dtype=np.float32)).reshape(20, 3))
h, peak = running(x)
print(h)
print(peak)
