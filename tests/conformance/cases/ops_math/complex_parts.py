import numpy as np
from mindspore import ops, Tensor

c = Tensor(np.array([1 + 2j, -3 - 0.5j], np.complex64))
print(repr(ops.real(c)), repr(ops.imag(c)), repr(ops.angle(c)))
for r in (ops.conj(c), ops.abs(c), c * c, c + 1):
    print(r.dtype, r.asnumpy())
