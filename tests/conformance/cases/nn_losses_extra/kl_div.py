"""nn.KLDivLoss / ops.kl_div: labels * (log(labels) - logits), reductions incl. batchmean."""
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

rng = np.random.default_rng(2)
logits = Tensor(np.log(rng.dirichlet(np.ones(4), size=3)).astype(np.float32))
p = rng.dirichlet(np.ones(4), size=3)
p[0, 1] = 0.0
labels = Tensor(p.astype(np.float32))

for red in ("mean", "sum", "none", "batchmean"):
    loss = nn.KLDivLoss(reduction=red)(logits, labels)
    print("cell", red, loss.dtype, loss.shape)
    print(loss)
    print(ops.kl_div(logits, labels, red))


def f(a, b):
    return nn.KLDivLoss(reduction="batchmean")(a, b)


def g(a, b):
    return nn.KLDivLoss(reduction="sum")(a, b)


print(ms.grad(f)(logits, labels))
print(ms.grad(g)(logits, labels))

try:
    cell = nn.KLDivLoss(reduction="avg")
    print("constructed")
    print(cell(logits, labels))
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
try:
    print(nn.KLDivLoss()(logits, Tensor(np.ones((3, 5), np.float32))))
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
try:
    print(nn.KLDivLoss()(logits, Tensor(np.ones((3, 4), np.float16))))
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
try:
    print(nn.KLDivLoss()(logits.asnumpy(), labels))
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
try:
    print(nn.KLDivLoss()(logits, [1.0, 2.0]))
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
