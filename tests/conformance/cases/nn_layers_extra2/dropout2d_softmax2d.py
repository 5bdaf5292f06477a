"""ops.dropout2d / nn.Dropout2d (eval identity; training: shapes, dtypes, whole channels zeroed,
kept ones scaled by 1/(1-p) -- not the random bits) and nn.Softmax2d, with argument errors."""
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

rng = np.random.default_rng(2)


def err(fn):
    try:
        r = fn()
        print(r.shape, r.dtype)
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])


x = Tensor(rng.standard_normal((2, 3, 2, 2)).astype(np.float32))
print(ops.dropout2d(x, 0.5, training=False) is x)
m = nn.Dropout2d(0.5)
print(m, m.training)
print(m(x) is x)
print(nn.Dropout2d(), nn.Dropout2d(0.2), nn.Dropout2d(1.0))

# training mode: every (n, c) plane is either all zero or the input times 1/(1-p)
for dt in (np.float32, np.float16, np.float64, np.int32, np.int64):
    for p in (0.3, 0.5, 0.9, 0.0, 1.0, 1):
        a = np.full((4, 64, 2, 3), 3, dt)  # 256 channels: some are kept at p=0.9 (0.9**256 ~ 0)
        out = ops.dropout2d(Tensor(a), p)
        o = out.asnumpy()
        planes = o.reshape(256, 6)
        const = bool((planes == planes[:, :1]).all())
        vals = sorted(set(np.unique(o).tolist()))
        print(dt.__name__, p, out.shape, out.dtype, const, [v for v in vals if v != 0])

mt = nn.Dropout2d(0.4)
mt.set_train()
o = mt(Tensor(np.ones((3, 16, 2, 2), np.float32)))
print(o.shape, o.dtype, sorted(set(np.unique(o.asnumpy()).tolist()) - {0.0}))
m0 = nn.Dropout2d(0.0)
m0.set_train()
print(m0(x) is x)
print(m(Tensor(np.ones((2, 3), np.float32))).shape)  # eval mode: no rank check


def fe(t):
    return ops.dropout2d(t, 0.5, training=False).sum()


print(ms.grad(fe)(x))

for fn in [lambda: ops.dropout2d(Tensor(np.ones((2, 8, 2), np.float32)), 0.5),
           lambda: ops.dropout2d(Tensor(np.ones((2, 8, 2, 2, 2), np.float32)), 0.5),
           lambda: ops.dropout2d(Tensor(np.ones((2, 8, 2, 2), np.bool_)), 0.5),
           lambda: ops.dropout2d(x, 1.5),
           lambda: ops.dropout2d(x, -0.1),
           lambda: ops.dropout2d(x, 0.5, training=1),
           lambda: ops.dropout2d(np.ones((2, 2, 2, 2)), 0.5),
           lambda: nn.Dropout2d(1.5),
           lambda: nn.Dropout2d(-0.5),
           lambda: nn.Dropout2d(1),
           lambda: mt(Tensor(np.ones((2, 8, 2), np.float32)))]:
    err(fn)

# ---- Softmax2d
s = nn.Softmax2d()
print(s)
for shape, dt in [((1, 2, 2, 3), np.float32), ((3, 2, 2), np.float32), ((2, 4, 1, 2), np.float64),
                  ((2, 3, 3), np.float16)]:
    t = Tensor(rng.standard_normal(shape).astype(dt))
    r = s(t)
    print(r.shape, r.dtype)
    print(r)

xs = Tensor(rng.standard_normal((1, 3, 2, 2)).astype(np.float32))


def fs(t):
    return (s(t) * Tensor(np.arange(12).reshape(1, 3, 2, 2).astype(np.float32))).sum()


print(ms.grad(fs)(xs))
for fn in [lambda: s(Tensor(np.ones((2, 3), np.float32))),
           lambda: s(Tensor(np.ones((1, 2, 3, 3, 3), np.float32))),
           lambda: s(Tensor(np.ones((2, 3, 3), np.int32)))]:
    err(fn)
