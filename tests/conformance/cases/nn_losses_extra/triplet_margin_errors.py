"""nn.TripletMarginLoss / ops.triplet_margin_loss argument errors.

MindSpore 2.10's CPU build has no TripletMarginLoss kernel (valid calls raise RuntimeError), so
this case holds only the errors raised before the kernel runs; the values are checked against
the documented formula in tests/nn/test_losses_extra_formulas.py."""
import numpy as np
from mindspore import nn, ops, Tensor

x = Tensor(np.ones((3, 5), np.float32))
pos = Tensor(np.ones((3, 5), np.float32))
neg = Tensor(np.ones((3, 5), np.float32))


def run(fn):
    try:
        print(fn())
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])


def bad_reduction():
    return nn.TripletMarginLoss(reduction="avg")(x, pos, neg)


def p_float():
    return nn.TripletMarginLoss(p=2.0)(x, pos, neg)


def eps_int():
    return nn.TripletMarginLoss(eps=1)(x, pos, neg)


def swap_int():
    return ops.triplet_margin_loss(x, pos, neg, swap=1)


def no_broadcast():
    return nn.TripletMarginLoss()(x, pos, Tensor(np.ones((2, 5), np.float32)))


def dtype_mismatch():
    return nn.TripletMarginLoss()(x, pos, Tensor(np.ones((3, 5), np.float16)))


def all_1d():
    v = Tensor(np.ones(5, np.float32))
    return ops.triplet_margin_loss(v, v, v)


def negative_not_tensor():
    return nn.TripletMarginLoss()(x, pos, neg.asnumpy())


def margin_str():
    return ops.triplet_margin_loss(x, pos, neg, margin="a")


for fn in (bad_reduction, p_float, eps_int, swap_int, no_broadcast, dtype_mismatch, all_1d,
           negative_not_tensor, margin_str):
    run(fn)
