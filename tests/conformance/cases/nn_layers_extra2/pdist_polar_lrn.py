"""ops.pdist (p = 2, 1, 0, inf, 3.5; dtypes; gradient), ops.polar, ops.lrn: values, dtypes,
gradients and argument errors."""
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

rng = np.random.default_rng(3)


def show(fn):
    try:
        r = fn()
        print(r.shape, r.dtype)
        print(r)
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])


x = Tensor(rng.standard_normal((4, 3)).astype(np.float32))
for p in (2.0, 1.0, 0.0, float("inf"), 3.5, 0.5):
    print("p", p)
    show(lambda: ops.pdist(x, p))
show(lambda: ops.pdist(Tensor(rng.standard_normal((5, 2)).astype(np.float64))))
show(lambda: ops.pdist(Tensor(rng.standard_normal((3, 4)).astype(np.float16))))
show(lambda: ops.pdist(Tensor(np.ones((1, 3), np.float32))))
dup = Tensor(np.array([[1.0, 2.0], [1.0, 2.0], [0.0, -1.0]], np.float32))
show(lambda: ops.pdist(dup))


def fp(t):
    return (ops.pdist(t) * Tensor(np.arange(1, 7).astype(np.float32))).sum()


def fp1(t):
    return ops.pdist(t, 1.0).sum()


print(ms.grad(fp)(x))
print(ms.grad(fp1)(x))
print(ms.grad(fp)(Tensor(np.array([[1.0, 2.0], [1.0, 2.0], [0.0, -1.0], [3.0, 0.5]], np.float32))))
for fn in [lambda: ops.pdist(x, 3),
           lambda: ops.pdist(x, -1.0),
           lambda: ops.pdist(Tensor(rng.standard_normal((2, 4, 3)).astype(np.float32))),
           lambda: ops.pdist(Tensor(np.ones((3,), np.float32))),
           lambda: ops.pdist(Tensor(np.ones((4, 3), np.int32))),
           lambda: ops.pdist(np.ones((3, 3)))]:
    show(fn)

# ---- polar
a = Tensor(np.array([1.0, 2.0, 0.5, 0.0], np.float32))
b = Tensor(np.array([0.0, 1.0, -3.0, 2.0], np.float32))
show(lambda: ops.polar(a, b))
show(lambda: ops.polar(a.astype(ms.float64), b.astype(ms.float64)))
show(lambda: ops.polar(Tensor(rng.standard_normal((2, 3)).astype(np.float32)),
                       Tensor(rng.standard_normal((2, 3)).astype(np.float32))))
for fn in [lambda: ops.polar(a, b.astype(ms.float64)),
           lambda: ops.polar(a.astype(ms.int32), b.astype(ms.int32)),
           lambda: ops.polar(a.astype(ms.float16), b.astype(ms.float16)),
           lambda: ops.polar(a, Tensor(np.ones((2,), np.float32))),
           lambda: ops.polar(Tensor(np.ones((2, 1), np.float32)), Tensor(np.ones((3,), np.float32))),
           lambda: ops.polar(a, 1.0)]:
    show(fn)

# ---- lrn
xl = Tensor(rng.standard_normal((2, 6, 2, 3)).astype(np.float32))
show(lambda: ops.lrn(xl))
show(lambda: ops.lrn(xl, 2, 2.0, 1e-2, 0.75))
show(lambda: ops.lrn(xl, 0, 1.0, 0.5, 1.0))
show(lambda: ops.lrn(xl.astype(ms.float16), 1))


def fl(t):
    return (ops.lrn(t, 2, 2.0, 1e-1, 0.75) * Tensor(np.arange(72).reshape(2, 6, 2, 3).astype(np.float32) / 10)).sum()


print(ms.grad(fl)(xl))
for fn in [lambda: ops.lrn(xl.astype(ms.float64), 1),
           lambda: ops.lrn(xl.astype(ms.int32)),
           lambda: ops.lrn(xl[0], 1),
           lambda: ops.lrn(xl, 1.0),
           lambda: ops.lrn(xl, -1),
           lambda: ops.lrn(xl, 2, 1),
           lambda: ops.lrn(xl, 2, 1.0, 1),
           lambda: ops.lrn(xl, 2, norm_region="WITHIN_CHANNEL")]:
    show(fn)
