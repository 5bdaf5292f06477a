# 1-D rows wrap after every 12th float/bool and 24th int element; a row that ends exactly on
# the boundary still gets the line break before the closing bracket.
import numpy as np
import mindspore as ms
from mindspore import Tensor

for n in (11, 12, 13, 24, 25, 36):
    for dt in (ms.float32, ms.float64, ms.float16):
        print(n, dt, repr(Tensor(np.arange(n) * 1.5 - 3, dt)))
for n in (12, 23, 24, 25, 48, 49):
    for dt in (ms.int32, ms.int64, ms.int8, ms.uint8):
        print(n, dt, repr(Tensor(np.arange(n), dt)))
for n in (12, 13, 24, 25):
    print(n, repr(Tensor(np.arange(n) % 3 == 0)))
print(repr(Tensor(np.arange(996, dtype=np.float32))).count("\n"))
