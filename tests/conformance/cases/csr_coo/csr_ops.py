import numpy as np
import mindspore as ms
from mindspore import Tensor, CSRTensor

csr = CSRTensor(Tensor([0, 2, 3], ms.int32), Tensor([0, 3, 1], ms.int32),
                Tensor([1.0, -2.0, 3.0], ms.float32), (2, 4))
print(csr.astype(ms.float64).dtype)
m = csr * 2
print(type(m).__name__, m)
a = csr.abs()
print(type(a).__name__, a)
print(csr.to_tuple())
print(csr)
