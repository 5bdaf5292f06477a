# Complex Tensor repr: elements are %g%+gj, never padded, rows never wrap; str is numpy's.
import numpy as np
import mindspore as ms
from mindspore import Tensor

c = Tensor(np.array([1 + 2j, -3.5 + 0.25j, 100 - 1e-3j], np.complex64))
print(repr(c))
print(str(c))
print(repr(c[0]))
print(str(c[0]))
c2 = Tensor(np.array([[1 + 2j, -3.5 + 0.25j], [0j, 1e10 + 1j]], np.complex128))
print(repr(c2))
print(str(c2))
for n in (12, 13, 24, 25, 48):
    print(repr(Tensor(np.arange(n) * (1 + 1j), ms.complex64)))
print(repr(Tensor([float('nan'), float('inf'), -1.0], ms.complex64)))
print(repr(Tensor(np.array(-2.5 - 1j, np.complex128))))
