# CrossEntropyLoss: class indices ((N,C), (C,), (N,C,d1), (N,C,d1,d2)), probability targets,
# weight, ignore_index, label_smoothing, every reduction, gradients.
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor

rng = np.random.default_rng(21)


def show(loss, logits, labels, tag, grad=True):
    out = loss(logits, labels)
    print(tag, loss.reduction, out.shape, out.asnumpy())
    if not grad:
        return

    def f(p):
        return loss(p, labels).sum()

    print("  grad", ms.grad(f)(logits).asnumpy())


w = Tensor(np.array([0.5, 2.0, 1.0, 1.5], np.float32))
cases = [
    ("2d", Tensor(rng.uniform(-2, 2, (5, 4)).astype(np.float32)),
     Tensor(np.array([0, 3, 1, 1, 2], np.int32))),
    ("1d", Tensor(rng.uniform(-2, 2, (4,)).astype(np.float32)), Tensor(np.array(2, np.int32))),
    ("3d", Tensor(rng.uniform(-2, 2, (2, 4, 3)).astype(np.float32)),
     Tensor(np.array([[0, 3, 2], [1, 1, 0]], np.int32))),
    ("4d", Tensor(rng.uniform(-2, 2, (2, 4, 2, 2)).astype(np.float32)),
     Tensor(np.array([[[0, 3], [2, 2]], [[1, 0], [3, 1]]], np.int32))),
]
for red in ["mean", "sum", "none"]:
    for tag, logits, labels in cases:
        show(nn.CrossEntropyLoss(weight=w, ignore_index=0, label_smoothing=0.2, reduction=red),
             logits, labels, tag + " w ign ls", grad=red != "sum")
    tag, logits, labels = cases[0]
    show(nn.CrossEntropyLoss(reduction=red), logits, labels, tag, grad=red == "mean")
    show(nn.CrossEntropyLoss(weight=w, reduction=red), logits, labels, tag + " w",
         grad=red == "mean")
    show(nn.CrossEntropyLoss(ignore_index=1, reduction=red), logits, labels, tag + " ign",
         grad=red == "mean")
    show(nn.CrossEntropyLoss(label_smoothing=0.1, reduction=red), logits, labels, tag + " ls",
         grad=red == "mean")
    tag, logits, labels = cases[3]
    show(nn.CrossEntropyLoss(reduction=red), logits, labels, tag, grad=False)
probs = Tensor(rng.dirichlet(np.ones(4), 5).astype(np.float32))
logits = cases[0][1]
for red in ["mean", "sum", "none"]:
    show(nn.CrossEntropyLoss(reduction=red), logits, probs, "probs", grad=red == "mean")
    show(nn.CrossEntropyLoss(weight=w, label_smoothing=0.3, reduction=red), logits, probs,
         "probs w ls", grad=red != "sum")
p3 = Tensor(rng.dirichlet(np.ones(4), (2, 3)).transpose(0, 2, 1).astype(np.float32))
show(nn.CrossEntropyLoss(), cases[2][1], p3, "probs 3d")
show(nn.CrossEntropyLoss(), Tensor(np.array([1.0, 2.0, 3.0], np.float32)),
     Tensor(np.array([0.2, 0.3, 0.5], np.float32)), "probs 1d")
show(nn.CrossEntropyLoss(ignore_index=0), cases[0][1],
     Tensor(np.array([0, 0, 0, 0, 0], np.int32)), "all ignored")
