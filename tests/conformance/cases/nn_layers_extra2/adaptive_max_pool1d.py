"""ops.adaptive_max_pool1d and nn.AdaptiveMaxPool1d: values, Float16, ties, gradient, errors."""
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

rng = np.random.default_rng(10)


def show(fn):
    try:
        r = fn()
        print(r.shape, r.dtype)
        print(r)
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])


x = Tensor(rng.standard_normal((2, 3, 6)).astype(np.float32))
for n in (1, 2, 3, 6):
    show(lambda: ops.adaptive_max_pool1d(x, n))
    show(lambda: nn.AdaptiveMaxPool1d(n)(x))
show(lambda: ops.adaptive_max_pool1d(x.astype(ms.float16), 2))
print(nn.AdaptiveMaxPool1d(3))
ties = Tensor(np.array([[[1.0, 3.0, 3.0, 0.0, 2.0, 2.0]]], np.float32))


def f(t):
    return (ops.adaptive_max_pool1d(t, 3) * Tensor(np.arange(1, 19).reshape(2, 3, 3).astype(np.float32))).sum()


def g(t):
    return nn.AdaptiveMaxPool1d(2)(t).sum()


print(ms.grad(f)(x))
print(ms.grad(g)(ties))
for fn in [lambda: ops.adaptive_max_pool1d(x, 0),
           lambda: ops.adaptive_max_pool1d(x, 2.0),
           lambda: ops.adaptive_max_pool1d(x, True),
           lambda: ops.adaptive_max_pool1d(np.ones((2, 3, 4)), 2),
           lambda: ops.adaptive_max_pool1d(x[0], 3),
           lambda: ops.adaptive_max_pool1d(x.astype(ms.int32), 3),
           lambda: ops.adaptive_max_pool1d(x.astype(ms.float64), 3),
           lambda: ops.adaptive_max_pool1d(x, 7),
           lambda: ops.adaptive_max_pool1d(x, 4),
           lambda: nn.AdaptiveMaxPool1d(0),
           lambda: nn.AdaptiveMaxPool1d(2.0),
           lambda: nn.AdaptiveMaxPool1d(True),
           lambda: nn.AdaptiveMaxPool1d(3)(x.astype(ms.float64)),
           lambda: nn.AdaptiveMaxPool1d(3)(x[0]),
           lambda: nn.AdaptiveMaxPool1d(4)(x),
           lambda: nn.AdaptiveMaxPool1d(7)(x)]:
    show(fn)
