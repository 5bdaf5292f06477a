import numpy as np
from mindspore import nn, Tensor

logits = Tensor(np.array([[0.3, -1.2], [2.0, 0.0]], np.float32))
labels = Tensor(np.array([[1.0, 0.0], [0.0, 1.0]], np.float32))
print(repr(nn.BCEWithLogitsLoss()(logits, labels)))
print(repr(nn.BCEWithLogitsLoss(reduction="sum")(logits, labels)))
print(repr(nn.BCEWithLogitsLoss(reduction="none")(logits, labels)))
w = Tensor(np.array([1.0, 3.0], np.float32))
pw = Tensor(np.array([2.0, 0.5], np.float32))
print(repr(nn.BCEWithLogitsLoss(weight=w, pos_weight=pw)(logits, labels)))
