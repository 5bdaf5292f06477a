# SoftmaxCrossEntropyWithLogits: sparse (int32/int64) and dense labels, every reduction,
# gradients; default reduction 'none'.
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor

rng = np.random.default_rng(24)
logits = Tensor(rng.uniform(-3, 3, (4, 5)).astype(np.float32))
sparse = np.array([0, 4, 2, 2])
dense = Tensor(rng.dirichlet(np.ones(5), 4).astype(np.float32))


def show(loss, labels, tag):
    out = loss(logits, labels)
    print(tag, loss.sparse, loss.reduction, out.shape, out.asnumpy())

    def f(x):
        return loss(x, labels).sum()

    print("  grad", ms.grad(f)(logits).asnumpy())


for red in ["none", "mean", "sum"]:
    for dt in [np.int32, np.int64]:
        show(nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction=red),
             Tensor(sparse.astype(dt)), f"sparse {dt.__name__}")
    show(nn.SoftmaxCrossEntropyWithLogits(reduction=red), dense, "dense")
print(nn.SoftmaxCrossEntropyWithLogits())
x3 = Tensor(rng.uniform(-3, 3, (2, 3, 5)).astype(np.float32))
try:
    nn.SoftmaxCrossEntropyWithLogits(sparse=True)(x3, Tensor(np.array([[0, 1, 4], [2, 2, 3]],
                                                                      np.int32))).asnumpy()
except ValueError as e:
    print("ERR", type(e).__name__, str(e).splitlines()[0])
