import numpy as np
from mindspore import Tensor

x = Tensor(np.array([[1.0, 5.0, 3.0], [4.0, 2.0, 6.0]], np.float32))
print(repr(x.max()), repr(x.min()))
print(repr(x.max(0)), repr(x.min(1)))
print(repr(x.max(dim=1)), repr(x.max(1, True)), repr(x.min(dim=0, keepdim=True)))
print(repr(x.max(axis=0)), repr(x.min(axis=1, keepdims=True)), repr(x.max(axis=(0, 1))))
print(repr(x.max(axis=1, return_indices=True)))
print(repr(x.max(keepdims=True)), repr(x.max(axis=1, initial=5.5)))
print(repr(x.argmax()), repr(x.argmax(1)), repr(x.argmax(dim=0, keepdim=True)), repr(x.argmax(axis=1)))
print(repr(x.argmin()), repr(x.argmin(1)), repr(x.argmin(axis=0, keepdims=True)))
print(repr(x.argmax_with_value()), repr(x.argmin_with_value(1)))
print(repr(x.median()), repr(x.median(0)))
