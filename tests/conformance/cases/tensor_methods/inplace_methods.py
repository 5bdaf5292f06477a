import numpy as np
from mindspore import Tensor

# On MindSpore 2.10 CPU the in-place arithmetic methods (add_, mul_, sub_, div_) neither change the
# tensor nor return it (their kernels are missing and a copy is updated); fill_/zero_/clamp_/
# masked_fill_ raise "kernel unregistered". Only copy_, which works, is compared.
x = Tensor(np.array([1.0, -2.0, 3.0], np.float32))
r = x.copy_(Tensor(np.array([5.0, 6.0, 7.0], np.float32)))
print(repr(x), repr(r))
i = Tensor(np.array([1, 2, 3], np.int32))
i.copy_(Tensor(np.array([0.6, 1.6, -2.6], np.float32)))
print(repr(i))
b = Tensor(np.zeros((2, 2), np.float32))
b.copy_(Tensor(np.array([1.0, 2.0], np.float32)))
print(repr(b))
