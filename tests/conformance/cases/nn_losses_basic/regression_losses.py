# MSELoss, L1Loss, MAELoss, RMSELoss, SmoothL1Loss: every reduction, gradients, broadcasting
# labels, int labels, float16.
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor

rng = np.random.default_rng(20)
x = Tensor(rng.uniform(-2, 2, (3, 4)).astype(np.float32))
y = Tensor(rng.uniform(-2, 2, (3, 4)).astype(np.float32))


def show(loss, a, b):
    out = loss(a, b)
    print(type(loss).__name__, getattr(loss, "reduction", None), out.shape, out.dtype,
          out.asnumpy())

    def f(p):
        return loss(p, b).sum()

    print("  grad", ms.grad(f)(a).asnumpy())


for red in ["mean", "sum", "none"]:
    show(nn.MSELoss(reduction=red), x, y)
    show(nn.L1Loss(reduction=red), x, y)
    show(nn.MAELoss(reduction=red), x, y)
    for beta in [1.0, 0.5, 2.0]:
        show(nn.SmoothL1Loss(beta=beta, reduction=red), x, y)
show(nn.SmoothL1Loss(), x, y)
show(nn.RMSELoss(), x, y)
row = Tensor(rng.uniform(-2, 2, (4,)).astype(np.float32))
show(nn.MSELoss(), x, row)
show(nn.L1Loss(reduction="none"), x, row)
print(nn.MSELoss()(x, Tensor(np.ones((3, 4), np.int32))))
h = Tensor(np.array([[1.5, -2.0], [0.25, 3.0]], np.float16))
print(nn.MSELoss()(h, Tensor(np.zeros((2, 2), np.float16))).dtype,
      nn.MSELoss(reduction="none")(h, Tensor(np.zeros((2, 2), np.float16))))
