import numpy as np
import mindspore as ms
from mindspore import Tensor

for v in (2.0, 0.1, 1e-8, 123456789.0, -3.75, 1.0 / 3.0, float("inf"), float("nan")):
    for dt in (ms.float32, ms.float64):
        t = Tensor(v, dt)
        print(t, "|", repr(t))
print(repr(Tensor(np.float16(0.1))), repr(Tensor(np.int8(-5))), repr(Tensor(np.uint8(200))))
