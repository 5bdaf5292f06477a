# BFloat16: repr pads %g values and never wraps rows; str prints every element as %f unpadded
# with numpy's line width and summarisation.
import numpy as np
import mindspore as ms
from mindspore import Tensor

b = Tensor(np.array([1.5, -2.25, 3.0, 1e-3, 12345.678]), ms.bfloat16)
print(repr(b))
print(str(b))
print(repr(b[0]))
print(str(b[0]))
b2 = Tensor(np.arange(6).reshape(2, 3) * 0.3, ms.bfloat16)
print(repr(b2))
print(str(b2))
for n in (12, 13, 24, 25, 48):
    t = Tensor(np.arange(n) * 0.3, ms.bfloat16)
    print(repr(t))
    print(str(t))
t = Tensor(np.array([float('nan'), float('inf'), -float('inf'), 1e20, 1e-10, -0.0, 0.0, -1.0]),
           ms.bfloat16)
print(str(t))
print(repr(t))
t = Tensor(np.arange(2000) * 0.5, ms.bfloat16)
print(str(t))
print(repr(t))
print(str(Tensor(np.arange(60).reshape(3, 4, 5) * 0.5, ms.bfloat16)))
print(str(Tensor(np.arange(40).reshape(2, 20) * 1.0, ms.bfloat16)))
print(str(Tensor(np.array(-2.0), ms.bfloat16)))
