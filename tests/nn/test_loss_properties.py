"""Reduction identities of the losses ('sum' is the sum of 'none', 'mean' its mean or the
weighted mean MindSpore defines), checked for every loss; MindSpore's own numbers are in the
conformance cases ``nn_losses_*``."""
import numpy as np
import pytest

from ms_compat import Tensor, nn

RNG = np.random.default_rng(1)


def _t(*shape, lo=-2.0, hi=2.0):
    return Tensor(RNG.uniform(lo, hi, shape).astype(np.float32))


def _pairs():
    x, y = _t(3, 4), _t(3, 4)
    p, t = _t(3, 4, lo=0.05, hi=0.95), Tensor(RNG.integers(0, 2, (3, 4)).astype(np.float32))
    return [
        ("MSELoss", lambda r: nn.MSELoss(reduction=r), x, y),
        ("L1Loss", lambda r: nn.L1Loss(reduction=r), x, y),
        ("SmoothL1Loss", lambda r: nn.SmoothL1Loss(beta=0.7, reduction=r), x, y),
        ("BCELoss", lambda r: nn.BCELoss(reduction=r), p, t),
        ("BCEWithLogitsLoss", lambda r: nn.BCEWithLogitsLoss(reduction=r), x, t),
        ("SoftmaxCE dense", lambda r: nn.SoftmaxCrossEntropyWithLogits(reduction=r), x,
         Tensor(RNG.dirichlet(np.ones(4), 3).astype(np.float32))),
        ("SoftmaxCE sparse", lambda r: nn.SoftmaxCrossEntropyWithLogits(True, reduction=r), x,
         Tensor(np.array([0, 3, 1], np.int32))),
        ("CrossEntropy", lambda r: nn.CrossEntropyLoss(reduction=r), x,
         Tensor(np.array([0, 3, 1], np.int32))),
        ("NLLLoss", lambda r: nn.NLLLoss(reduction=r), x, Tensor(np.array([2, 0, 1], np.int64))),
    ]


@pytest.mark.parametrize("name,make,a,b", _pairs(), ids=[c[0] for c in _pairs()])
def test_sum_and_mean_reduce_the_unreduced_loss(name, make, a, b):
    none = make("none")(a, b).asnumpy().astype(np.float64)
    assert make("sum")(a, b).asnumpy() == pytest.approx(none.sum(), rel=1e-5)
    assert make("mean")(a, b).asnumpy() == pytest.approx(none.mean(), rel=1e-5)


def test_weighted_cross_entropy_mean_divides_by_the_weights_of_the_kept_targets():
    logits = _t(6, 4)
    labels = np.array([0, 3, 1, 1, 2, 3], np.int32)
    w = np.array([0.5, 2.0, 1.0, 1.5], np.float32)
    loss = nn.CrossEntropyLoss(weight=Tensor(w), ignore_index=3, reduction="none")
    none = loss(logits, Tensor(labels)).asnumpy().astype(np.float64)
    kept = labels != 3
    assert (none[~kept] == 0).all()
    mean = nn.CrossEntropyLoss(weight=Tensor(w), ignore_index=3)(logits, Tensor(labels))
    assert mean.asnumpy() == pytest.approx(none.sum() / w[labels[kept]].sum(), rel=1e-5)


def test_label_smoothing_mixes_in_the_uniform_target():
    logits = _t(5, 4)
    labels = np.array([0, 3, 1, 1, 2], np.int32)
    eps = 0.2
    smooth = nn.CrossEntropyLoss(label_smoothing=eps, reduction="none")(logits, Tensor(labels))
    probs = np.full((5, 4), eps / 4, np.float32)
    probs[np.arange(5), labels] += 1 - eps
    soft = nn.CrossEntropyLoss(reduction="none")(logits, Tensor(probs))
    np.testing.assert_allclose(smooth.asnumpy(), soft.asnumpy(), rtol=1e-5, atol=1e-6)


def test_losses_keep_float16():
    a = Tensor(np.array([[0.5, -1.0]], np.float16))
    b = Tensor(np.zeros((1, 2), np.float16))
    assert nn.MSELoss()(a, b).dtype == a.dtype
    assert nn.L1Loss()(a, b).dtype == a.dtype
