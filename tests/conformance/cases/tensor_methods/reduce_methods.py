import numpy as np
import mindspore as ms
from mindspore import Tensor

x = Tensor(np.array([[1.0, 5.0, 3.0], [4.0, 2.0, 6.0]], np.float32))
i = Tensor(np.array([[1, -5, 3], [4, 2, 6]], np.int32))
print(repr(x.sum()), repr(x.sum(1)), repr(x.sum(dim=1, keepdim=True)), repr(x.sum(axis=0, keepdims=True)))
print(repr(i.sum()), repr(i.sum(dtype=ms.float32)), repr(x.sum(initial=10)), repr(x.sum((0, 1))))
print(repr(x.mean()), repr(x.mean(1)), repr(i.mean()), repr(i.mean(1)), repr(x.mean(axis=0, keep_dims=True)))
print(repr(x.prod()), repr(x.prod(1)), repr(i.prod()), repr(i.prod(0, True)))
print(repr(x.std()), repr(x.std(1)), repr(x.std(ddof=1)), repr(x.var()), repr(x.var(0)), repr(i.std()), repr(i.var(1)))
print(repr(x.all()), repr(x.any(1)), repr(i.all(0)), repr((x > 2).any()))
print(repr(x.norm()), repr(x.norm(1)), repr(i.norm()))
print(repr(x.logsumexp(1)), repr(x.cumsum(1)), repr(x.cumsum()), repr(i.cumsum(0)), repr(x.cumprod(1)))
print(repr(x.count_nonzero()), repr(x.nansum()), repr(x.amax(1)), repr(x.amin()), repr(x.ptp(1)))
