import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([[3.0, 1.0, 2.0], [1.0, 5.0, 1.0]], np.float32))
print(repr(ops.flip(x, (0,))), repr(ops.flip(x, (0, 1))), repr(ops.fliplr(x)), repr(ops.flipud(x)))
print(repr(ops.rot90(x, 1, (0, 1))), repr(ops.reverse(x, [1])))
print(repr(ops.sort(x)))
print(repr(ops.sort(x, 0, True)))
print(repr(ops.argsort(x)), repr(ops.argsort(x, 0, descending=True)))
print(repr(ops.topk(x, 2)))
print(repr(ops.topk(x, 1, 0)))
print(repr(ops.topk(x, 2, largest=False)))
print(repr(ops.top_k(x, 2)))
i = Tensor(np.array([5, 1, 5, 3, 1], np.int32))
print(repr(ops.sort(i)), repr(ops.msort(x)))
print(repr(ops.unique(i)))
print(repr(ops.unique(Tensor(np.array([2, 2, 7], np.int64)))))
print(repr(ops.unique_consecutive(Tensor(np.array([1, 1, 2, 2, 3, 1, 1], np.int32)), True, True)))
