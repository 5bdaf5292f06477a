"""nn.AdaptiveAvgPool1d, ops.adaptive_max_pool2d and nn.AdaptiveMaxPool2d: values, indices,
None sizes, up-sampling sizes, dtypes, gradients, argument errors."""
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

rng = np.random.default_rng(1)


def show(fn):
    try:
        r = fn()
        if isinstance(r, tuple):
            for t in r:
                print(t.shape, t.dtype)
                print(t)
        else:
            print(r.shape, r.dtype)
            print(r)
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])


# ---- AdaptiveAvgPool1d
x1 = Tensor(rng.standard_normal((2, 3, 6)).astype(np.float32))
for n in (1, 2, 3, 6):
    show(lambda: nn.AdaptiveAvgPool1d(n)(x1))
show(lambda: nn.AdaptiveAvgPool1d(2)(Tensor(rng.standard_normal((1, 2, 8)).astype(np.float16))))
print(nn.AdaptiveAvgPool1d(3))


def f1(t):
    return (nn.AdaptiveAvgPool1d(2)(t) * Tensor(np.arange(12).reshape(2, 3, 2).astype(np.float32))).sum()


print(ms.grad(f1)(x1))
for fn in [lambda: nn.AdaptiveAvgPool1d(3)(Tensor(np.ones((3, 6), np.float32))),
           lambda: nn.AdaptiveAvgPool1d(3)(Tensor(np.ones((1, 2, 3, 6), np.float32))),
           lambda: nn.AdaptiveAvgPool1d(8)(x1),
           lambda: nn.AdaptiveAvgPool1d(4)(x1),
           lambda: nn.AdaptiveAvgPool1d(3)(Tensor(np.ones((1, 2, 6), np.float64))),
           lambda: nn.AdaptiveAvgPool1d(3)(Tensor(np.ones((1, 2, 6), np.int32))),
           lambda: nn.AdaptiveAvgPool1d(0),
           lambda: nn.AdaptiveAvgPool1d(2.0),
           lambda: nn.AdaptiveAvgPool1d(True)]:
    show(fn)

# ---- adaptive_max_pool2d
x2 = Tensor(rng.standard_normal((1, 2, 5, 7)).astype(np.float32))
for size in [(2, 3), 4, (3, None), (None, 2), (5, 7), (1, 1), 9]:
    print("output_size", size)
    show(lambda: ops.adaptive_max_pool2d(x2, size, return_indices=True))
show(lambda: ops.adaptive_max_pool2d(x2[0], (2, 2)))
show(lambda: ops.adaptive_max_pool2d(Tensor(rng.standard_normal((2, 1, 4, 4)).astype(np.float16)), 2))
show(lambda: ops.adaptive_max_pool2d(Tensor(rng.standard_normal((1, 1, 3, 5)).astype(np.float64)), (2, 3), True))
m = nn.AdaptiveMaxPool2d((2, 3), True)
show(lambda: m(x2))
show(lambda: nn.AdaptiveMaxPool2d(3)(x2[0]))
print(nn.AdaptiveMaxPool2d((None, 2)))


def f2(t):
    return (ops.adaptive_max_pool2d(t, (2, 3)) * Tensor(np.arange(12).reshape(1, 2, 2, 3).astype(np.float32))).sum()


print(ms.grad(f2)(x2))


def f3(t):
    return nn.AdaptiveMaxPool2d(4)(t).sum()


print(ms.grad(f3)(x2))
for fn in [lambda: ops.adaptive_max_pool2d(Tensor(np.ones((2, 3), np.float32)), 2),
           lambda: ops.adaptive_max_pool2d(Tensor(np.ones((1, 2, 3, 3, 3), np.float32)), 2),
           lambda: ops.adaptive_max_pool2d(Tensor(np.ones((1, 2, 3, 3), np.int32)), 2),
           lambda: ops.adaptive_max_pool2d(x2, 2, return_indices=1),
           lambda: nn.AdaptiveMaxPool2d(2, 1)(x2)]:
    show(fn)
