"""nn.GaussianNLLLoss / ops.gaussian_nll_loss: 0.5 (log(max(var, eps)) + (x - t)^2 / max(var, eps))
(+ 0.5 log(2 pi) when full); var of x's shape, x's shape without the last dim, or broadcastable."""
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

rng = np.random.default_rng(5)
x = Tensor(rng.standard_normal((3, 4)).astype(np.float32))
t = Tensor(rng.standard_normal((3, 4)).astype(np.float32))
v = rng.random((3, 4)).astype(np.float32) + 0.1
v[0, 0] = 0.0
var = Tensor(v)

for red in ("mean", "sum", "none"):
    for full in (False, True):
        loss = nn.GaussianNLLLoss(full=full, reduction=red)(x, t, var)
        print("cell", red, full, loss.dtype, loss.shape)
        print(loss)
        print(ops.gaussian_nll_loss(x, t, var, full, 1e-6, red))
print(nn.GaussianNLLLoss(eps=0.5)(x, t, var))
# var of shape x.shape[:-1], of shape (3, 1), and a scalar-like (1,)
print(nn.GaussianNLLLoss(reduction="none")(x, t, Tensor(v[:, 0] + 0.3)))
print(ops.gaussian_nll_loss(x, t, Tensor(v[:, :1] + 0.3), reduction="none"))
print(ops.gaussian_nll_loss(x, t, Tensor(np.array([0.7], np.float32))))
x16 = Tensor(x.asnumpy().astype(np.float16))
t16 = Tensor(t.asnumpy().astype(np.float16))
out = ops.gaussian_nll_loss(x16, t16, Tensor(v.astype(np.float16)))
print(out.dtype, out)


def f(a, b, c):
    return nn.GaussianNLLLoss()(a, b, c)


def g(a, b, c):
    return ops.gaussian_nll_loss(a, b, c, True, 1e-6, "sum")


print(ms.grad(f, grad_position=(0, 1, 2))(x, t, Tensor(v + 0.1)))
print(ms.grad(g, grad_position=(0, 2))(x, t, Tensor(v + 0.1)))

for kwargs in ({"eps": 0.0}, {"eps": -1.0}, {"eps": 1}, {"full": 1}, {"reduction": "avg"}):
    try:
        print(nn.GaussianNLLLoss(**kwargs)(x, t, var))
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
for kwargs in ({"eps": 0.0}, {"eps": 1}, {"full": 1}, {"reduction": "avg"}):
    try:
        print(ops.gaussian_nll_loss(x, t, var, **kwargs))
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
try:
    print(nn.GaussianNLLLoss()(x, t, v))
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
try:
    print(ops.gaussian_nll_loss(x.asnumpy(), t, var))
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
try:
    print(ops.gaussian_nll_loss(x, t, Tensor(np.ones((2, 4), np.float32))))
except Exception as e:
    print("ERR", type(e).__name__)
