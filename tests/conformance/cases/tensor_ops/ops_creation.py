import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

print(repr(ops.ones((2, 3))))
print(repr(ops.ones((2,), ms.int32)))
print(repr(ops.zeros((1, 2), ms.float64)))
print(repr(ops.zeros(3)))
x = Tensor(np.array([[1, 2]], np.int32))
print(repr(ops.ones_like(x)))
print(repr(ops.zeros_like(Tensor(np.array([1.5, 2.5], np.float16)))))
print(repr(ops.ones_like(x, dtype=ms.float32)))
