"""nn.MultiMarginLoss / ops.multi_margin_loss: sum over j != y of
w[y] max(0, margin - x[y] + x[j])^p / C per sample."""
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

rng = np.random.default_rng(7)
x = Tensor(rng.standard_normal((4, 5)).astype(np.float32))
tg = Tensor(np.array([0, 3, 1, 4], np.int64))
w = Tensor(np.array([1.0, 0.5, 2.0, 1.5, 0.25], np.float32))

for red in ("mean", "sum", "none"):
    for p in (1, 2):
        for margin in (1.0, 0.3):
            loss = nn.MultiMarginLoss(p=p, margin=margin, reduction=red)(x, tg)
            print("cell", red, p, margin, loss.dtype, loss.shape)
            print(loss)
            print(nn.MultiMarginLoss(p=p, margin=margin, reduction=red, weight=w)(x, tg))
            print(nn.MultiMarginLoss(p=p, margin=margin, reduction=red)(x, tg, w))
    print(ops.multi_margin_loss(x, tg, 1, 1, None, red))
    print(ops.multi_margin_loss(x, tg, 2, 2, w, red))


def f(a):
    return nn.MultiMarginLoss(p=2, weight=w)(a, tg)


def g(a):
    return ops.multi_margin_loss(a, tg, 1, 1, None, "sum")


print(ms.grad(f)(x))
print(ms.grad(g)(x))

for kwargs in ({"p": 3}, {"p": 1.0}, {"margin": 1}, {"reduction": "avg"}):
    try:
        print(nn.MultiMarginLoss(**kwargs)(x, tg))
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
for args in ((1, 1.0), (3, 1), (1, 1, None, "avg")):
    try:
        print(ops.multi_margin_loss(x, tg, *args))
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
try:
    print(nn.MultiMarginLoss()(x, tg.asnumpy()))
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
try:
    print(nn.MultiMarginLoss()(x, Tensor(np.array([0, 1, 2], np.int64))))
except Exception as e:
    print("ERR", type(e).__name__)
