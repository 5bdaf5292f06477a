import numpy as np
import mindspore as ms
from mindspore import Tensor, CSRTensor

indptr = Tensor([0, 1, 2], ms.int32)
indices = Tensor([0, 1], ms.int32)
values = Tensor([1.0, 2.0], ms.float32)
csr = CSRTensor(indptr, indices, values, (2, 4))
print(csr.shape, csr.dtype, csr.ndim if hasattr(csr, "ndim") else "")
print(csr.indptr, csr.indices, csr.values)
print(csr.to_dense())
print(type(csr).__name__, csr.size)
