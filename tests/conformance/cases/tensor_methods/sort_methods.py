import numpy as np
from mindspore import Tensor

x = Tensor(np.array([[3.0, 1.0, 2.0], [0.5, 5.0, 1.5]], np.float32))
print(repr(x.sort()), repr(x.sort(0)), repr(x.sort(dim=1, descending=True)), repr(x.sort(axis=0, descending=True)))
print(repr(x.argsort()), repr(x.argsort(0, True)), repr(x.argsort(dim=1, descending=True)))
print(repr(x.topk(2)), repr(x.topk(1, 0)), repr(x.topk(2, largest=False)), repr(x.top_k(1)))
print(repr(x.msort()), repr(x.flip((1,))), repr(x.fliplr()), repr(x.flipud()), repr(x.rot90(1, (0, 1))))
