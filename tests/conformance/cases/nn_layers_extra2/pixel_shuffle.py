"""ops.pixel_shuffle / ops.pixel_unshuffle and nn.PixelShuffle / nn.PixelUnshuffle: values,
shapes, dtypes, round trip, gradient, argument errors."""
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

rng = np.random.default_rng(0)

x = Tensor(np.arange(2 * 8 * 2 * 3).reshape(2, 8, 2, 3).astype(np.float32))
y = ops.pixel_shuffle(x, 2)
print(y.shape, y.dtype)
print(y)
z = ops.pixel_unshuffle(y, 2)
print(z.shape, z.dtype, bool((z.asnumpy() == x.asnumpy()).all()))

for shape, r, dt in [((9, 2, 2), 3, np.int32), ((1, 2, 4, 1, 3), 2, np.float16),
                     ((2, 1, 1, 4, 2, 2), 2, np.float64), ((4, 3, 3), 1, np.int64)]:
    a = Tensor(rng.integers(-5, 5, size=shape).astype(dt))
    b = ops.pixel_shuffle(a, r)
    print("shuffle", shape, r, b.shape, b.dtype)
    print(b)
    c = nn.PixelUnshuffle(r)(b)
    print("unshuffle", c.shape, c.dtype, bool((c.asnumpy() == a.asnumpy()).all()))

u = Tensor(rng.standard_normal((1, 2, 4, 6)).astype(np.float32))
print(ops.pixel_unshuffle(u, 2))
print(nn.PixelShuffle(2)(x).shape, nn.PixelUnshuffle(2)(u).shape)
print(nn.PixelShuffle(2), nn.PixelUnshuffle(3))


def f(t):
    return (ops.pixel_shuffle(t, 2) * Tensor(np.arange(48).reshape(1, 3, 4, 4).astype(np.float32))).sum()


g_in = Tensor(rng.standard_normal((1, 12, 2, 2)).astype(np.float32))
print(ms.grad(f)(g_in))

for fn in [lambda: ops.pixel_shuffle(x, 3),
           lambda: ops.pixel_shuffle(x, 0),
           lambda: ops.pixel_shuffle(x, 2.0),
           lambda: ops.pixel_shuffle(x, True),
           lambda: ops.pixel_shuffle(Tensor(np.ones((4, 2), np.float32)), 2),
           lambda: ops.pixel_shuffle(np.ones((4, 2, 2)), 2),
           lambda: ops.pixel_unshuffle(x, 4),
           lambda: ops.pixel_unshuffle(x, -1),
           lambda: ops.pixel_unshuffle(Tensor(np.ones((4,), np.float32)), 2),
           lambda: ops.pixel_unshuffle([1, 2], 2),
           lambda: nn.PixelShuffle(3)(x),
           lambda: nn.PixelUnshuffle(0)(x)]:
    try:
        print(fn().shape)
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
