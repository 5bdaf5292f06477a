# BCELoss and BCEWithLogitsLoss: weight, pos_weight (broadcast), every reduction, gradients,
# probabilities at 0/1 (log clamped).
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor

rng = np.random.default_rng(23)
p = Tensor(rng.uniform(0.05, 0.95, (3, 4)).astype(np.float32))
z = Tensor(rng.uniform(-3, 3, (3, 4)).astype(np.float32))
t = Tensor(rng.integers(0, 2, (3, 4)).astype(np.float32))
soft = Tensor(rng.uniform(0, 1, (3, 4)).astype(np.float32))
w = Tensor(rng.uniform(0.5, 2, (3, 4)).astype(np.float32))
wrow = Tensor(np.array([1.0, 2.0, 0.5, 1.5], np.float32))
pw = Tensor(np.array([3.0, 1.0, 0.5, 2.0], np.float32))


def show(loss, a, b, tag):
    out = loss(a, b)
    print(tag, loss.reduction, out.shape, out.dtype, out.asnumpy())

    def f(x):
        return loss(x, b).sum()

    print("  grad", ms.grad(f)(a).asnumpy())


for red in ["mean", "sum", "none"]:
    show(nn.BCELoss(reduction=red), p, t, "bce")
    show(nn.BCELoss(weight=w, reduction=red), p, soft, "bce w")
    show(nn.BCEWithLogitsLoss(reduction=red), z, t, "bcel")
    show(nn.BCEWithLogitsLoss(reduction=red, weight=wrow), z, soft, "bcel w")
    show(nn.BCEWithLogitsLoss(reduction=red, pos_weight=pw), z, t, "bcel pw")
    show(nn.BCEWithLogitsLoss(reduction=red, weight=w, pos_weight=pw), z, soft, "bcel w pw")
edge = Tensor(np.array([0.0, 1.0, 0.5, 1e-20], np.float32))
print("clamped", nn.BCELoss(reduction="none")(edge, Tensor(np.array([1.0, 0.0, 1.0, 1.0],
                                                                     np.float32))).asnumpy())
big = Tensor(np.array([-100.0, 100.0, 30.0], np.float32))
print("stable", nn.BCEWithLogitsLoss(reduction="none")(big, Tensor(np.array([1.0, 0.0, 1.0],
                                                                          np.float32))).asnumpy())
