import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

idx = Tensor(np.array([0, 2, 1], np.int32))
print(repr(ops.one_hot(idx, 3)), repr(ops.one_hot(idx, 4, Tensor(1.0), Tensor(0.0))))
print(repr(ops.one_hot(idx, 3, Tensor(5.0, ms.float16), Tensor(-1.0, ms.float16), 0)))
print(repr(ops.one_hot(Tensor(np.array([[1], [3]], np.int64)), 3, 1, 0)))
print(repr(ops.sequence_mask(Tensor(np.array([1, 3, 2], np.int32)))), repr(ops.sequence_mask(Tensor(np.array([1, 2], np.int64)), 4)))
gx, gy = ops.meshgrid(Tensor(np.array([1, 2, 3], np.int32)), Tensor(np.array([4, 5], np.int32)))
print(repr(gx), repr(gy))
print(repr(ops.meshgrid(Tensor(np.array([1.0, 2.0], np.float32)), Tensor(np.array([3.0, 4.0, 5.0], np.float32)), indexing="ij")))
s = Tensor(np.array([1.0, 3.0, 5.0, 7.0], np.float32))
q = Tensor(np.array([0.0, 3.0, 6.0, 9.0], np.float32))
print(repr(ops.searchsorted(s, q)))
print(repr(ops.searchsorted(s, q, right=True)))
data = Tensor(np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], np.float32))
seg = Tensor(np.array([0, 2, 0], np.int32))
print(repr(ops.unsorted_segment_sum(data, seg, 3)), repr(ops.unsorted_segment_max(data, seg, 3)))
print(repr(ops.unsorted_segment_min(data, seg, 3)), repr(ops.unsorted_segment_prod(data, seg, 3)))
