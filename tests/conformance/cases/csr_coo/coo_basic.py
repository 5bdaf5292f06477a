import numpy as np
import mindspore as ms
from mindspore import Tensor, COOTensor

indices = Tensor([[0, 1], [1, 2]], dtype=ms.int32)
values = Tensor([1, 2], dtype=ms.float32)
coo = COOTensor(indices, values, (3, 4))
print(coo.shape, coo.dtype)
print(coo.indices)
print(coo.values)
print(coo.to_dense())
print(type(coo).__name__, coo.size)
