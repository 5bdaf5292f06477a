# NLLLoss: log-probabilities of (N,C), (N,C,d1), (N,C,d1,d2), int32/int64 labels, weight,
# ignore_index, every reduction, gradients.
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

rng = np.random.default_rng(22)


def show(loss, logits, labels, tag, grad=True):
    out = loss(logits, labels)
    print(tag, loss.reduction, out.shape, out.asnumpy())
    if not grad:
        return

    def f(p):
        return loss(p, labels).sum()

    print("  grad", ms.grad(f)(logits).asnumpy())


w = Tensor(np.array([0.5, 2.0, 1.0], np.float32))
x2 = ops.log_softmax(Tensor(rng.uniform(-2, 2, (4, 3)).astype(np.float32)), 1)
l2 = np.array([0, 2, 1, 2])
x3 = Tensor(rng.uniform(-3, 0, (2, 3, 4)).astype(np.float32))
l3 = np.array([[0, 2, 1, 1], [2, 2, 0, 1]])
x4 = Tensor(rng.uniform(-3, 0, (2, 3, 2, 2)).astype(np.float32))
l4 = np.array([[[0, 2], [1, 1]], [[2, 0], [0, 1]]])
for red in ["mean", "sum", "none"]:
    for tag, x, lab in [("2d", x2, l2), ("3d", x3, l3), ("4d", x4, l4)]:
        labels = Tensor(lab.astype(np.int32))
        show(nn.NLLLoss(reduction=red), x, labels, tag, grad=red == "mean")
        show(nn.NLLLoss(weight=w, ignore_index=2, reduction=red), x, labels, tag + " w ign",
             grad=red != "sum")
    show(nn.NLLLoss(reduction=red), x2, Tensor(l2.astype(np.int64)), "2d int64", grad=False)
    show(nn.NLLLoss(weight=w, reduction=red), x2, Tensor(l2.astype(np.int32)), "2d w",
         grad=red == "mean")
    show(nn.NLLLoss(ignore_index=0, reduction=red), x3, Tensor(l3.astype(np.int32)), "3d ign",
         grad=red == "mean")
