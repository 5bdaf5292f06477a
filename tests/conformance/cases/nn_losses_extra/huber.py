"""nn.HuberLoss / ops.huber_loss: values per reduction and delta, dtypes, gradients, bad args."""
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

rng = np.random.default_rng(0)
x = Tensor(rng.standard_normal((3, 4)).astype(np.float32) * 2)
y = Tensor(rng.standard_normal((3, 4)).astype(np.float32))

for red in ("mean", "sum", "none"):
    for delta in (1.0, 0.5, 2.5):
        loss = nn.HuberLoss(reduction=red, delta=delta)(x, y)
        print("cell", red, delta, loss.dtype, loss.shape)
        print(loss)
        out = ops.huber_loss(x, y, reduction=red, delta=delta)
        print("func", red, delta, out.dtype)
        print(out)

# broadcasting labels
yb = Tensor(rng.standard_normal((1, 4)).astype(np.float32))
print(nn.HuberLoss()(x, yb))
print(ops.huber_loss(x, yb, "none"))

# float16
x16 = Tensor(np.array([0.1, 1.5, -3.0, 0.7], np.float16))
y16 = Tensor(np.array([0.0, 0.0, 1.0, 0.7], np.float16))
out = nn.HuberLoss()(x16, y16)
print(out.dtype, out)
out = ops.huber_loss(x16, y16, "none")
print(out.dtype, out)


def f(a, b):
    return nn.HuberLoss(delta=1.5)(a, b)


def g(a, b):
    return ops.huber_loss(a, b, "sum", 0.7)


print(ms.grad(f, grad_position=(0, 1))(x, y))
print(ms.grad(g)(x, y))

for kwargs in ({"reduction": "avg"}, {"delta": 0.0}, {"delta": -1.0}, {"delta": 1}, {"delta": "1"}):
    try:
        nn.HuberLoss(**kwargs)(x, y)
        print("ok", kwargs)
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
for args in ((x, y, "avg"), (x, y, "mean", 0.0), (x, y, "mean", 1)):
    try:
        print(ops.huber_loss(*args))
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
bad = Tensor(np.ones((2, 4), np.float32))
try:
    nn.HuberLoss()(x, bad)
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
try:
    ops.huber_loss(x, bad)
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
try:
    nn.HuberLoss()(x.asnumpy(), y)
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
try:
    ops.huber_loss(x, y.asnumpy())
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
try:
    print(nn.HuberLoss()(x, Tensor(np.ones((3, 4), np.int32))))
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
