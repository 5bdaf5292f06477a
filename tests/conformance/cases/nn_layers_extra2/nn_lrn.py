"""nn.LRN: values (defaults and explicit arguments), Float16, repr, gradient, constructor and
input errors."""
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor

rng = np.random.default_rng(11)


def show(fn):
    try:
        r = fn()
        print(r.shape, r.dtype)
        print(r)
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])


x = Tensor(rng.standard_normal((1, 5, 2, 2)).astype(np.float32))
print(nn.LRN())
show(lambda: nn.LRN()(x))
show(lambda: nn.LRN(1, 2.0, 0.1, 0.75)(x))
show(lambda: nn.LRN(depth_radius=0, alpha=0.5)(x.astype(ms.float16)))
m = nn.LRN(2, 1.5, 0.2, 0.6)


def f(t):
    return (m(t) * Tensor(np.arange(20).reshape(1, 5, 2, 2).astype(np.float32) / 10)).sum()


print(ms.grad(f)(x))
for fn in [lambda: nn.LRN(1.0),
           lambda: nn.LRN(-1),
           lambda: nn.LRN(2, 1),
           lambda: nn.LRN(2, 1.0, 1),
           lambda: nn.LRN(2, 1.0, 1.0, 1),
           lambda: nn.LRN(norm_region="WITHIN_CHANNEL"),
           lambda: nn.LRN()(x[0]),
           lambda: nn.LRN()(x.astype(ms.float64))]:
    show(fn)
