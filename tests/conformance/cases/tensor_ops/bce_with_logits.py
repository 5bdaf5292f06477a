import numpy as np
from mindspore import ops, Tensor

logits = Tensor(np.array([[0.5, -1.0, 2.0], [0.0, 3.0, -2.0]], np.float32))
labels = Tensor(np.array([[1.0, 0.0, 1.0], [0.0, 1.0, 0.5]], np.float32))
weight = Tensor(np.array([1.0, 2.0, 0.5], np.float32))
pos_weight = Tensor(np.array([1.0, 1.5, 2.0], np.float32))
print(repr(ops.binary_cross_entropy_with_logits(logits, labels, weight, pos_weight)))
print(repr(ops.binary_cross_entropy_with_logits(logits, labels, weight, pos_weight, reduction="sum")))
print(repr(ops.binary_cross_entropy_with_logits(logits, labels, weight, pos_weight, reduction="none")))
print(repr(ops.binary_cross_entropy_with_logits(logits, labels)))
