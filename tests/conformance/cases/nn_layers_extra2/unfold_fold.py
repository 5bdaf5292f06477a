"""ops.unfold (Im2Col) and ops.fold (Col2Im): values over kernel/dilation/padding/stride,
dtypes, round trip counts, gradients, argument errors. (nn.Unfold is left out: its
ExtractImagePatches kernel raises RuntimeError on MindSpore 2.10 CPU.)"""
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

rng = np.random.default_rng(4)


def show(fn):
    try:
        r = fn()
        print(r.shape, r.dtype)
        print(r)
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])


x = Tensor(np.arange(2 * 2 * 4 * 5).reshape(2, 2, 4, 5).astype(np.float32))
for kw in [dict(kernel_size=2), dict(kernel_size=(2, 3), padding=1, stride=(2, 1)),
           dict(kernel_size=[3], dilation=(1, 2)), dict(kernel_size=(1, 2), padding=(0, 2), stride=2),
           dict(kernel_size=2, dilation=2, padding=1, stride=(1, 3))]:
    print(kw)
    show(lambda: ops.unfold(x, **kw))
for dt in (np.int32, np.float16, np.float64, np.uint8):
    show(lambda: ops.unfold(Tensor(rng.integers(0, 9, (1, 2, 3, 3)).astype(dt)), 2))

y = Tensor(rng.standard_normal((2, 8, 12)).astype(np.float32))
o = Tensor(np.array([4, 5], np.int32))
show(lambda: ops.fold(y, o, 2))
show(lambda: ops.fold(y, Tensor(np.array([4, 5], np.int64)), (2, 2), 1, 0, 1))
y2 = Tensor(rng.standard_normal((1, 12, 15)).astype(np.float32))
show(lambda: ops.fold(y2, o, (2, 3), 1, 1, (2, 1)))
y3 = Tensor(rng.standard_normal((1, 4, 6)).astype(np.float64))
show(lambda: ops.fold(y3, Tensor(np.array([3, 5], np.int32)), 2, (1, 2), 0, 1))
show(lambda: ops.fold(Tensor(np.ones((1, 4, 6), np.float16)), Tensor(np.array([3, 5], np.int32)), 2, (1, 2), 0, 1))
# fold(unfold(ones)) counts how many blocks cover each pixel
print(ops.fold(ops.unfold(Tensor(np.ones((1, 1, 4, 5), np.float32)), 2, 1, 1, 1),
               Tensor(np.array([4, 5], np.int32)), 2, 1, 1, 1))


def fu(t):
    return (ops.unfold(t, 2, 1, 1, 2) * Tensor(np.arange(2 * 8 * 9).reshape(2, 8, 9).astype(np.float32))).sum()


def ff(t):
    return (ops.fold(t, o, 2) * Tensor(np.arange(80).reshape(2, 2, 4, 5).astype(np.float32) - 7)).sum()


print(ms.grad(fu)(Tensor(rng.standard_normal((2, 2, 4, 5)).astype(np.float32))))
print(ms.grad(ff)(y))
for fn in [lambda: ops.unfold(x, (1, 2, 3)),
           lambda: ops.unfold(x, 0),
           lambda: ops.unfold(x, 2.0),
           lambda: ops.unfold(x, 2, padding=-1),
           lambda: ops.unfold(x, 2, stride=0),
           lambda: ops.unfold(x, 2, dilation=(2, 0)),
           lambda: ops.unfold(x, 6),
           lambda: ops.unfold(x, 3, dilation=2),
           lambda: ops.unfold(x[0], 2),
           lambda: ops.unfold(x.astype(ms.bool_), 2),
           lambda: ops.unfold(np.ones((1, 1, 3, 3)), 2),
           lambda: ops.fold(y, (4, 5), 2),
           lambda: ops.fold(y, Tensor(np.array([4, 5], np.float32)), 2),
           lambda: ops.fold(y, o, 3),
           lambda: ops.fold(y, o, 0),
           lambda: ops.fold(y, o, 2, padding=-1),
           lambda: ops.fold(y, o, 2, stride=(1, 2, 3)),
           lambda: ops.fold(y, o, 2.0),
           lambda: ops.fold(y, Tensor(np.array([4, 6], np.int32)), 2),
           lambda: ops.fold(y, Tensor(np.array([4, 5, 6], np.int32)), 2),
           lambda: ops.fold(Tensor(np.ones((2, 7, 12), np.float32)), o, 2)]:
    show(fn)
