import numpy as np
import mindspore as ms
from mindspore import Tensor, COOTensor

coo = COOTensor(Tensor([[0, 0], [1, 3], [2, 1]], ms.int32), Tensor([-1.5, 2.0, 4.0], ms.float32), (3, 4))
print(coo.astype(ms.float64).dtype)
a = coo.abs()
print(type(a).__name__, a)
print(coo.to_tuple())
print(coo)
