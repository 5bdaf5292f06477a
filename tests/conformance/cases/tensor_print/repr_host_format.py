# MindSpore quirk: a Tensor made by Tensor.from_numpy or init_data() (host data never
# touched by an op) reprs in numpy style with commas; after any op it reprs in %.8e style.
import numpy as np
import mindspore as ms
from mindspore import Tensor
from mindspore.common.initializer import One

arr = np.arange(6, dtype=np.float32).reshape(2, 3)
print(repr(Tensor(arr)))
print(repr(Tensor.from_numpy(arr)))
print(repr(Tensor.from_numpy(arr) + 0))
print(repr(Tensor(shape=(2,), dtype=ms.float32, init=One()).init_data()))
