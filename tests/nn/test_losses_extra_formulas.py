"""Values of the losses MindSpore 2.10's CPU build has no kernel for (SoftMarginLoss,
TripletMarginLoss), so their conformance cases (``nn_losses_extra/*_errors``) hold only the
argument errors: here the values are checked against the documented formulas (float64 numpy)
and against the example printed in MindSpore's documentation."""
import numpy as np
import pytest

import ms_compat as ms
from ms_compat import Tensor, nn, ops

RNG = np.random.default_rng(11)


def _soft_margin_ref(x, y, reduction):
    loss = np.log1p(np.exp(-y.astype(np.float64) * x.astype(np.float64)))
    return {"none": loss, "sum": loss.sum(), "mean": loss.mean()}[reduction]


@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
def test_soft_margin_matches_formula(reduction):
    x = RNG.standard_normal((4, 6)).astype(np.float32) * 5
    y = np.sign(RNG.standard_normal((4, 6))).astype(np.float32)
    out = ops.soft_margin_loss(Tensor(x), Tensor(y), reduction)
    cell = nn.SoftMarginLoss(reduction=reduction)(Tensor(x), Tensor(y))
    ref = _soft_margin_ref(x, y, reduction)
    assert out.dtype == ms.float32 and out.shape == np.shape(ref)
    np.testing.assert_allclose(out.asnumpy(), ref, rtol=1e-6, atol=1e-7)
    np.testing.assert_allclose(cell.asnumpy(), ref, rtol=1e-6, atol=1e-7)


def test_soft_margin_large_margins_stay_finite_and_float16_stays_float16():
    x = Tensor(np.array([80.0, -80.0, 0.0], np.float32))
    y = Tensor(np.array([-1.0, -1.0, 1.0], np.float32))
    np.testing.assert_allclose(ops.soft_margin_loss(x, y, "none").asnumpy(),
                               [80.0, 0.0, np.log(2.0)], rtol=1e-6, atol=1e-30)
    h = ops.soft_margin_loss(Tensor(np.array([0.5, -1.0], np.float16)),
                             Tensor(np.array([1.0, 1.0], np.float16)))
    assert h.dtype == ms.float16


def test_soft_margin_grad():
    x = RNG.standard_normal((3, 4)).astype(np.float32)
    y = np.sign(RNG.standard_normal((3, 4))).astype(np.float32)

    def f(a):
        return nn.SoftMarginLoss()(a, Tensor(y))

    g = ms.grad(f)(Tensor(x)).asnumpy()
    ref = -y / (1.0 + np.exp(y.astype(np.float64) * x)) / x.size
    np.testing.assert_allclose(g, ref, rtol=1e-5, atol=1e-7)


def test_soft_margin_rejects_mixed_dtypes():
    with pytest.raises(TypeError, match="SoftMarginLoss"):
        ops.soft_margin_loss(Tensor(np.ones(3, np.float32)), Tensor(np.ones(3, np.float16)))


def _dist(a, b, p, eps):
    d = np.abs(a - b + eps)
    return (d ** p).sum(axis=1) ** (1.0 / p)


def _triplet_ref(a, pos, neg, margin, p, eps, swap, reduction):
    a, pos, neg = (v.astype(np.float64) for v in (a, pos, neg))
    d_ap, d_an = _dist(a, pos, p, eps), _dist(a, neg, p, eps)
    if swap:
        d_an = np.minimum(d_an, _dist(pos, neg, p, eps))
    loss = np.maximum(d_ap - d_an + margin, 0.0)
    return {"none": loss, "sum": loss.sum(), "mean": loss.mean()}[reduction]


def test_triplet_documentation_example():
    x = Tensor(np.array([[0.3, 0.7], [0.5, 0.5]], np.float32))
    positive = Tensor(np.array([[0.4, 0.6], [0.4, 0.6]], np.float32))
    negative = Tensor(np.array([[0.2, 0.9], [0.3, 0.7]], np.float32))
    # MindSpore's documented output (ops.TripletMarginLoss, margin 1.0)
    np.testing.assert_allclose(nn.TripletMarginLoss()(x, positive, negative).asnumpy(),
                               0.8881968, rtol=1e-6)
    np.testing.assert_allclose(ops.triplet_margin_loss(x, positive, negative).asnumpy(),
                               0.8881968, rtol=1e-6)


@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
@pytest.mark.parametrize("p,swap,margin", [(2, False, 1.0), (1, True, 0.5), (3, True, 2.0)])
def test_triplet_matches_formula(reduction, p, swap, margin):
    a, pos, neg = (RNG.standard_normal((5, 4)).astype(np.float32) for _ in range(3))
    out = ops.triplet_margin_loss(Tensor(a), Tensor(pos), Tensor(neg), margin, p, 1e-6, swap,
                                  reduction)
    ref = _triplet_ref(a, pos, neg, margin, p, 1e-6, swap, reduction)
    assert out.dtype == ms.float32 and out.shape == np.shape(ref)
    np.testing.assert_allclose(out.asnumpy(), ref, rtol=1e-5, atol=1e-6)


def test_triplet_cell_margin_rules_and_grad():
    a, pos, neg = (RNG.standard_normal((4, 3)).astype(np.float32) for _ in range(3))
    ta, tp, tn = Tensor(a), Tensor(pos), Tensor(neg)
    # constructor margin wins unless it is 1.0; then the call's margin is used
    np.testing.assert_allclose(nn.TripletMarginLoss(margin=0.3)(ta, tp, tn, 5.0).asnumpy(),
                               _triplet_ref(a, pos, neg, 0.3, 2, 1e-6, False, "mean"), rtol=1e-5)
    np.testing.assert_allclose(nn.TripletMarginLoss()(ta, tp, tn, 2.5).asnumpy(),
                               _triplet_ref(a, pos, neg, 2.5, 2, 1e-6, False, "mean"), rtol=1e-5)

    def f(u):
        return nn.TripletMarginLoss(margin=3.0)(u, tp, tn)

    g = ms.grad(f)(ta).asnumpy()
    eps = 1e-3
    num = np.zeros_like(a, dtype=np.float64)
    for idx in np.ndindex(a.shape):
        hi, lo = a.astype(np.float64).copy(), a.astype(np.float64).copy()
        hi[idx] += eps
        lo[idx] -= eps
        num[idx] = (_triplet_ref(hi, pos, neg, 3.0, 2, 1e-6, False, "mean")
                    - _triplet_ref(lo, pos, neg, 3.0, 2, 1e-6, False, "mean")) / (2 * eps)
    np.testing.assert_allclose(g, num, rtol=1e-3, atol=1e-4)


def test_ctc_zero_infinity_zeroes_impossible_alignments():
    """MindSpore's CPU kernel ignores ``zero_infinity`` (its conformance case leaves it out);
    ms_compat zeroes the infinite loss and its gradient, as documented."""
    raw = RNG.standard_normal((4, 2, 3))
    lp = Tensor((raw - np.log(np.exp(raw).sum(axis=2, keepdims=True))).astype(np.float32))
    targets = Tensor(np.array([[1, 2], [1, 1]], np.int32))
    il = Tensor(np.array([4, 2], np.int32))  # [1, 1] needs 3 steps: impossible
    tl = Tensor(np.array([2, 2], np.int32))
    loss, alpha = ops.ctc_loss(lp, targets, il, tl, 0, "none")
    assert np.isfinite(loss.asnumpy()[0]) and np.isinf(loss.asnumpy()[1])
    assert alpha.shape == (2, 4, 5) and np.isneginf(alpha.asnumpy()[1, 2:]).all()
    zl, _ = ops.ctc_loss(lp, targets, il, tl, 0, "none", True)
    np.testing.assert_allclose(zl.asnumpy(), [loss.asnumpy()[0], 0.0], rtol=1e-6)

    def f(x):
        return nn.CTCLoss(reduction="sum", zero_infinity=True)(x, targets, il, tl)

    g = ms.grad(f)(lp).asnumpy()
    assert np.isfinite(g).all() and not g[:, 1].any()
    # the gradient of a finite sample sums to 0 over the classes (exp(lp) - occupancy)
    np.testing.assert_allclose(g[:, 0].sum(axis=-1), 0.0, atol=1e-6)
