"""nn.PoissonNLLLoss: exp(x) - t x (log_input) or x - t log(x + eps); full adds Stirling's term
for t > 1."""
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor

rng = np.random.default_rng(6)
x = Tensor(rng.standard_normal((3, 4)).astype(np.float32))
rate = Tensor(rng.random((3, 4)).astype(np.float32) * 3)
t = Tensor(rng.poisson(2.0, (3, 4)).astype(np.float32))

for red in ("mean", "sum", "none"):
    for log_input in (True, False):
        for full in (False, True):
            inp = x if log_input else rate
            loss = nn.PoissonNLLLoss(log_input=log_input, full=full, reduction=red)(inp, t)
            print("cell", red, log_input, full, loss.dtype, loss.shape)
            print(loss)
print(nn.PoissonNLLLoss(log_input=False, eps=0.5)(rate, t))
# integer targets are cast to the input's dtype
print(nn.PoissonNLLLoss(full=True)(x, Tensor(t.asnumpy().astype(np.int32))))
x16 = Tensor(x.asnumpy().astype(np.float16))
out = nn.PoissonNLLLoss(full=True)(x16, t)
print(out.dtype, out)


def f(a, b):
    return nn.PoissonNLLLoss()(a, b)


def g(a, b):
    return nn.PoissonNLLLoss(log_input=False, full=True, reduction="sum")(a, b)


print(ms.grad(f)(x, t))
print(ms.grad(g)(rate, t))

try:
    nn.PoissonNLLLoss(reduction="avg")
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
try:
    print(nn.PoissonNLLLoss()(x, t.asnumpy()))
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
try:
    print(nn.PoissonNLLLoss()(x, Tensor(np.ones((2, 4), np.float32))))
except Exception as e:
    print("ERR", type(e).__name__)
