"""nn.CosineEmbeddingLoss / ops.cosine_embedding_loss: 1 - cos for y = 1, max(0, cos - margin)
for y = -1, 0 otherwise; cosine over dim 1."""
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

rng = np.random.default_rng(4)
x1 = Tensor(rng.standard_normal((4, 3)).astype(np.float32))
x2 = Tensor(rng.standard_normal((4, 3)).astype(np.float32))
t = Tensor(np.array([1, -1, -1, 1], np.int32))

for red in ("mean", "sum", "none"):
    for margin in (0.0, 0.3, -0.5):
        loss = nn.CosineEmbeddingLoss(margin=margin, reduction=red)(x1, x2, t)
        print("cell", red, margin, loss.dtype, loss.shape)
        print(loss)
        print(ops.cosine_embedding_loss(x1, x2, t, margin, red))

# 3-D inputs reduce over dim 1; labels of the reduced shape; a label 0 counts nothing
a = Tensor(rng.standard_normal((2, 3, 2)).astype(np.float32))
b = Tensor(rng.standard_normal((2, 3, 2)).astype(np.float32))
tt = Tensor(np.array([[1.0, -1.0], [0.0, -1.0]], np.float32))
print(nn.CosineEmbeddingLoss(reduction="none")(a, b, tt))
print(ops.cosine_embedding_loss(a, b, tt, 0.1, "none"))
print(ops.cosine_embedding_loss(a, b, tt, 1))
# integer inputs in the functional form become float32
ia = Tensor(np.array([[1, 2], [3, -1]], np.int32))
ib = Tensor(np.array([[2, 1], [1, 1]], np.int32))
out = ops.cosine_embedding_loss(ia, ib, Tensor(np.array([1, -1], np.int32)))
print(out.dtype, out)


def f(u, v, w):
    return nn.CosineEmbeddingLoss(margin=0.1)(u, v, w)


def g(u, v, w):
    return ops.cosine_embedding_loss(u, v, w, 0.0, "sum")


print(ms.grad(f, grad_position=(0, 1))(x1, x2, t))
print(ms.grad(g)(x1, x2, t))

for kwargs in ({"margin": 1}, {"margin": 1.5}, {"reduction": "avg"}):
    try:
        print(nn.CosineEmbeddingLoss(**kwargs)(x1, x2, t))
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
for margin, red in ((1.5, "mean"), ("0", "mean"), (0.0, "avg")):
    try:
        print(ops.cosine_embedding_loss(x1, x2, t, margin, red))
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
bad_t = Tensor(np.ones((3,), np.int32))
try:
    print(nn.CosineEmbeddingLoss()(x1, x2, bad_t))
except Exception as e:
    print("ERR", type(e).__name__)
try:
    print(ops.cosine_embedding_loss(x1, x2, bad_t))
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
try:
    print(nn.CosineEmbeddingLoss()(x1, Tensor(np.ones((4, 2), np.float32)), t))
except Exception as e:
    print("ERR", type(e).__name__)
try:
    print(ops.cosine_embedding_loss(x1, Tensor(x2.asnumpy().astype(np.float16)), t))
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
try:
    print(nn.CosineEmbeddingLoss()(x1, x2, [1, -1, 1, 1]))
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
