"""nn.SoftMarginLoss / ops.soft_margin_loss argument errors.

MindSpore 2.10's CPU build has no SoftMarginLoss kernel (every valid call raises
"RuntimeError: The kernel SoftMarginLoss unregistered"), so this case holds only the errors
raised before the kernel runs; the values are checked against the documented formula in
tests/nn/test_losses_extra_formulas.py."""
import numpy as np
from mindspore import nn, ops, Tensor

x = Tensor(np.ones((3, 5), np.float32))
y = Tensor(np.ones((3, 5), np.float32))


def run(fn):
    try:
        print(fn())
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])


def bad_reduction_cell():
    cell = nn.SoftMarginLoss(reduction="avg")  # accepted here, fails when called
    print("constructed")
    return cell(x, y)


def bad_reduction_func():
    return ops.soft_margin_loss(x, y, "avg")


def reduction_not_str():
    return ops.soft_margin_loss(x, y, 1)


def shape_mismatch():
    return ops.soft_margin_loss(x, Tensor(np.ones((3, 4), np.float32)))


def no_broadcast():
    return nn.SoftMarginLoss()(x, Tensor(np.ones((1, 5), np.float32)))


def target_not_tensor():
    return ops.soft_margin_loss(x, y.asnumpy())


def logits_not_tensor():
    return nn.SoftMarginLoss()(x.asnumpy(), y)


for fn in (bad_reduction_cell, bad_reduction_func, reduction_not_str, shape_mismatch,
           no_broadcast, target_not_tensor, logits_not_tensor):
    run(fn)
