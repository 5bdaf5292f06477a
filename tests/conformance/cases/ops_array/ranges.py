import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

print(repr(ops.arange(5)), repr(ops.arange(1, 7, 2)), repr(ops.arange(5, 0, -2)))
print(repr(ops.arange(0, 1, 0.25)), repr(ops.arange(0.5, 3)), repr(ops.arange(3, dtype=ms.float32)))
print(repr(ops.arange(Tensor(4))), repr(ops.arange(Tensor(0.0), Tensor(2.0), Tensor(0.5))))
print(repr(ops.arange(0, 6, 2, dtype=ms.int32)))
print(repr(ops.range(Tensor(0), Tensor(6), Tensor(2))), repr(ops.range(0, 3, 1)))
print(repr(ops.range(Tensor(1.0), Tensor(2.0), Tensor(0.25))))
print(repr(ops.linspace(0, 1, 5)), repr(ops.linspace(Tensor(-1.0), Tensor(1.0), 3)))
print(repr(ops.linspace(2.0, 3.0, 1)))
print(repr(ops.logspace(Tensor(0.0), Tensor(2.0), 3)), repr(ops.logspace(Tensor(0.0), Tensor(3.0), 4, base=2)))
