"""ops.ctc_loss input rules: float32/float64 log_probs (float64 stays float64), int32/int64
targets and lengths (mixable), and the dtype / rank / batch-size errors."""
import numpy as np
from mindspore import ops, Tensor

rng = np.random.default_rng(0)
lp = Tensor(np.log(rng.dirichlet(np.ones(4), size=(5, 2))).astype(np.float32))
tg = Tensor(np.array([[1, 2], [3, 3]], np.int32))
il = Tensor(np.array([5, 5], np.int32))
tl = Tensor(np.array([2, 2], np.int32))


def run(name, fn):
    try:
        loss, alpha = fn()
        print(name, loss.dtype, loss.shape, loss, alpha.dtype, alpha.shape)
    except Exception as e:
        print(name, "ERR", type(e).__name__, (str(e).splitlines() or [""])[0])


def ok():
    return ops.ctc_loss(lp, tg, il, tl)


def float64():
    return ops.ctc_loss(Tensor(lp.asnumpy().astype(np.float64)), tg, il, tl)


def int64_lengths():
    return ops.ctc_loss(lp, Tensor(tg.asnumpy().astype(np.int64)),
                        Tensor(np.array([5, 5], np.int64)), tl)


def float16():
    return ops.ctc_loss(Tensor(lp.asnumpy().astype(np.float16)), tg, il, tl)


def float_targets():
    return ops.ctc_loss(lp, Tensor(tg.asnumpy().astype(np.float32)), il, tl)


def lengths_batch():
    return ops.ctc_loss(lp, tg, Tensor(np.array([5, 5, 5], np.int32)), tl)


def log_probs_2d():
    return ops.ctc_loss(lp[:, 0, :], tg, il, tl)


def targets_1d():
    return ops.ctc_loss(lp, Tensor(np.array([1, 2, 3, 3], np.int32)), il, tl)


def targets_not_tensor():
    return ops.ctc_loss(lp, tg.asnumpy(), il, tl)


for fn in (ok, float64, int64_lengths, float16, float_targets, lengths_batch, log_probs_2d,
           targets_1d, targets_not_tensor):
    run(fn.__name__, fn)
