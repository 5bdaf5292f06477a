"""nn.MarginRankingLoss / ops.margin_ranking_loss: max(0, -y (x1 - x2) + margin)."""
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

rng = np.random.default_rng(3)
x1 = Tensor(rng.standard_normal((6,)).astype(np.float32))
x2 = Tensor(rng.standard_normal((6,)).astype(np.float32))
t = Tensor(np.sign(rng.standard_normal((6,))).astype(np.float32))

for red in ("mean", "sum", "none"):
    for margin in (0.0, 0.5, -0.3):
        loss = nn.MarginRankingLoss(margin=margin, reduction=red)(x1, x2, t)
        print("cell", red, margin, loss.dtype, loss.shape)
        print(loss)
        print(ops.margin_ranking_loss(x1, x2, t, margin, red))

a = Tensor(rng.standard_normal((2, 3)).astype(np.float32))
b = Tensor(rng.standard_normal((2, 3)).astype(np.float32))
tt = Tensor(np.array([[1.0, -1.0, 1.0], [-1.0, -1.0, 1.0]], np.float32))
print(nn.MarginRankingLoss(0.2, "none")(a, b, tt))
a16 = Tensor(a.asnumpy().astype(np.float16))
b16 = Tensor(b.asnumpy().astype(np.float16))
out = ops.margin_ranking_loss(a16, b16, Tensor(tt.asnumpy().astype(np.float16)), 0.1)
print(out.dtype, out)


def f(u, v, w):
    return nn.MarginRankingLoss(margin=0.25)(u, v, w)


print(ms.grad(f, grad_position=(0, 1))(x1, x2, t))

for margin, red in ((1, "mean"), (0.0, "avg")):
    try:
        print(nn.MarginRankingLoss(margin, red)(x1, x2, t))
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
    try:
        print(ops.margin_ranking_loss(x1, x2, t, margin, red))
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
try:
    print(ops.margin_ranking_loss(x1, Tensor(x2.asnumpy().astype(np.float16)), t))
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
try:
    print(ops.margin_ranking_loss(x1, x2, Tensor(np.ones((6,), np.int32))))
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
try:
    print(ops.margin_ranking_loss(x1, x2.asnumpy(), t))
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
try:
    print(ops.margin_ranking_loss(x1, Tensor(np.ones((5,), np.float32)), t))
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
