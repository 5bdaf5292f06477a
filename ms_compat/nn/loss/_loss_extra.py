"""More ``mindspore.nn`` losses (MindSpore 2.10 ``mindspore/nn/loss/loss.py``): ``HuberLoss``,
``KLDivLoss``, ``SoftMarginLoss``, ``MarginRankingLoss``, ``CosineEmbeddingLoss``,
``GaussianNLLLoss``, ``PoissonNLLLoss``, ``TripletMarginLoss``, ``MultiMarginLoss``, ``CTCLoss``.

Each Cell checks what MindSpore's constructor checks (with its exception types and messages) and
calls the functional form in ``ops.function._nn_loss_extra`` / ``_ops_extra``, so the values and
the call-time errors are the functional ones. As in MindSpore:

  * ``HuberLoss``, ``MarginRankingLoss`` and ``CosineEmbeddingLoss`` reject a bad ``reduction``
    when constructed; ``KLDivLoss`` only when called (its constructor does not pass the
    reduction to ``LossBase``);
  * a bad ``delta`` (HuberLoss) or an int ``margin`` (MarginRankingLoss) fails when called;
  * ``SoftMarginLoss``, ``TripletMarginLoss`` and ``CTCLoss`` check their arguments when called;
    ``GaussianNLLLoss`` and ``MultiMarginLoss`` when constructed.

SoftMarginLoss and TripletMarginLoss have no kernel in MindSpore 2.10's CPU build; here they run
(see ``ops.function._nn_loss_extra``).
"""
from __future__ import annotations

import jax.numpy as jnp

from ...ops.function import _nn_loss_extra as FX
from ...ops.function import _ops_extra as OX
from ...ops.function import _nn_util as U
from ..layer import _validator as V
from .loss import LossBase


class HuberLoss(LossBase):
    """``ops.huber_loss(logits, labels, reduction, delta)`` as a Cell (``delta`` checked on
    call)."""

    def __init__(self, reduction="mean", delta=1.0):
        super().__init__(reduction=reduction)
        self.reduction = reduction
        self.delta = delta

    def construct(self, logits, labels):
        return FX.huber_loss(logits, labels, self.reduction, self.delta)


class KLDivLoss(LossBase):
    """``ops.kl_div(logits, labels, reduction)``; ``reduction`` may also be 'batchmean'."""

    def __init__(self, reduction="mean"):
        super().__init__()
        self.reduction = reduction

    def construct(self, logits, labels):
        U._check_is_tensor("KLDivLoss", "logits", logits, style="cell")
        U._check_is_tensor("KLDivLoss", "labels", labels, style="cell")
        return OX.kl_div(logits, labels, self.reduction)


class SoftMarginLoss(LossBase):
    """``ops.soft_margin_loss(logits, labels, reduction)`` as a Cell: ``log(1 + exp(-y x))``.
    A bad ``reduction`` fails when called (the constructor does not pass it to ``LossBase``).
    MindSpore 2.10's CPU build has no kernel for it (see ``ops.soft_margin_loss``)."""

    def __init__(self, reduction="mean"):
        super().__init__()
        self.reduction = reduction

    def construct(self, logits, labels):
        return FX.soft_margin_loss(logits, labels, self.reduction)


class MarginRankingLoss(LossBase):
    """``ops.margin_ranking_loss(input1, input2, target, margin, reduction)`` as a Cell."""

    def __init__(self, margin=0.0, reduction="mean"):
        super().__init__(reduction)
        self.reduction = reduction
        self.margin = margin

    def construct(self, input1, input2, target):
        return FX.margin_ranking_loss(input1, input2, target, self.margin, self.reduction)


class TripletMarginLoss(LossBase):
    """``ops.triplet_margin_loss(x, positive, negative, margin, p, eps, swap, reduction)`` as a
    Cell. All arguments are checked when called (as MindSpore). The ``margin`` given to the
    constructor wins unless it is 1.0, in which case the one passed when called is used.
    MindSpore 2.10's CPU build has no kernel for it (see ``ops.triplet_margin_loss``)."""

    def __init__(self, p=2, swap=False, eps=1e-06, reduction="mean", margin=1.0):
        super().__init__()
        self.p = p
        self.swap = swap
        self.eps = eps
        self.reduction = reduction
        self.margin = margin

    def construct(self, x, positive, negative, margin=1.0):
        if self.margin != 1.0:
            margin = self.margin
        return FX.triplet_margin_loss(x, positive, negative, margin=margin, p=self.p,
                                      eps=self.eps, swap=self.swap, reduction=self.reduction)


class CosineEmbeddingLoss(LossBase):
    """Cosine similarity of ``logits_x1`` and ``logits_x2`` along dim 1: ``1 - cos`` where
    ``labels == 1``, ``max(0, cos - margin)`` where ``labels == -1``, else 0.

    Unlike ``ops.cosine_embedding_loss`` the Cell needs ``logits_x1`` and ``logits_x2`` of one
    dtype and shape, does not check ``labels``' shape (it broadcasts against the per-sample
    loss) and does not cast integer inputs. ``margin`` must be a float in [-1, 1]."""

    def __init__(self, margin=0.0, reduction="mean"):
        super().__init__(reduction)
        V.check_value_type("margin", margin, [float], "CosineEmbeddingLoss")
        if not -1.0 <= margin <= 1.0:
            raise ValueError(f"For 'CosineEmbeddingLoss', the 'margin' must be in range of "
                             f"[-1.0, 1.0], but got {margin} with type 'float'.")
        self.margin = margin

    def construct(self, logits_x1, logits_x2, labels):
        cls = "CosineEmbeddingLoss"
        U._check_is_tensor(cls, "logits_x1", logits_x1, style="cell")
        U._check_is_tensor(cls, "logits_x2", logits_x2, style="cell")
        U._check_is_tensor(cls, "labels", labels, style="cell")
        if logits_x1.dtype != logits_x2.dtype:
            raise TypeError(f"For 'SameTypeShape', type of 'input_x' should be same as "
                            f"'input_y', but got 'input_x' with type {logits_x1.dtype} and "
                            f"'input_y' with type {logits_x2.dtype}.")
        if tuple(logits_x1.shape) != tuple(logits_x2.shape):
            raise ValueError(f"For 'SameTypeShape', the shape of 'input_y' should be same as "
                             f"'input_x', but got 'input_x' shape: {tuple(logits_x1.shape)} and "
                             f"'input_y' shape: {tuple(logits_x2.shape)}.")
        loss = FX.cosine_embedding_arrays(logits_x1._array(), logits_x2._array(),
                                          labels._array(), self.margin)
        return self.get_loss(FX.wrap(loss))


class GaussianNLLLoss(LossBase):
    """``ops.gaussian_nll_loss(logits, labels, var, full, eps, reduction)`` as a Cell; ``full``,
    ``eps`` and ``reduction`` are keyword-only and checked when constructed."""

    def __init__(self, *, full=False, eps=1e-6, reduction="mean"):
        super().__init__()
        cls = "GaussianNLLLoss"
        if isinstance(eps, bool) or not isinstance(eps, float):
            raise TypeError(f"For '{cls}', the 'eps' must be 'float',  but got "
                            f"'{type(eps).__name__}'.")
        if not eps > 0:
            raise ValueError(f"For '{cls}', the 'eps' must be in range of (0, inf), but got "
                             f"{eps} with type 'float'.")
        V.check_value_type("full", full, [bool], cls)
        if reduction not in ("none", "mean", "sum"):
            raise ValueError(f"For 'gaussian_nll_loss', the 'reduction' must be str and must be "
                             f"in '['none', 'mean', 'sum']', but got '{reduction}'.")
        self.full = full
        self.eps = eps
        self.reduction = reduction

    def construct(self, logits, labels, var):
        cls = "GaussianNLLLoss"
        U._check_is_tensor(cls, "logits", logits, style="cell")
        U._check_is_tensor(cls, "labels", labels, style="cell")
        U._check_is_tensor(cls, "var", var, style="cell")
        return FX.gaussian_nll_loss(logits, labels, var, self.full, self.eps, self.reduction)


class PoissonNLLLoss(LossBase):
    """Poisson negative log-likelihood: ``exp(input) - target * input`` when ``log_input``,
    else ``input - target * log(input + eps)``; ``full`` adds Stirling's term
    ``t log t - t + 0.5 log(2 pi t)`` where ``max(target, eps) > 1``. ``target`` is cast to
    ``input``'s dtype; reduced as ``LossBase.get_loss``. MindSpore has no functional form."""

    def __init__(self, log_input=True, full=False, eps=1e-08, reduction="mean"):
        super().__init__(reduction=reduction)
        self.log_input = log_input
        self.full = full
        self.eps = eps

    def construct(self, input, target):
        cls = "PoissonNLLLoss"
        U._check_is_tensor(cls, "input", input, style="cell")
        U._check_is_tensor(cls, "target", target, style="cell")
        x = input._array()
        t = target._array().astype(x.dtype)
        try:
            jnp.broadcast_shapes(x.shape, t.shape)
        except ValueError:
            raise ValueError(f"For '{cls}', the shapes of 'input' {list(x.shape)} and 'target' "
                             f"{list(t.shape)} do not broadcast.") from None
        loss = FX.poisson_nll_arrays(x, t, self.log_input, self.full, self.eps)
        return self.get_loss(FX.wrap(loss))


class MultiMarginLoss(LossBase):
    """Multi-class hinge loss (``ops.MultiMarginLoss``): per sample of (N, C) ``x`` with
    class indices ``target``, ``sum_{j != y} w[y] max(0, margin - x[y] + x[j])^p / C``.

    ``p`` in {1, 2} and a float ``margin`` are checked when constructed. A ``weight`` given to
    the constructor wins over the one passed when called; without either all weights are 1."""

    def __init__(self, p=1, margin=1.0, reduction="mean", weight=None):
        super().__init__()
        FX._check_multi_margin_attrs(p, margin, reduction)
        self.p = p
        self.margin = margin
        self.reduction = reduction
        self.weight = weight

    def construct(self, x, target, weight=None):
        cls = "MultiMarginLoss"
        U._check_is_tensor(cls, "x", x, style="cell")
        U._check_is_tensor(cls, "target", target, style="cell")
        if self.weight is not None:
            weight = self.weight
        xa = x._array()
        if weight is None:
            w = jnp.ones((xa.shape[-1],), xa.dtype)
        else:
            U._check_is_tensor(cls, "weight", weight, style="cell")
            w = weight._array()
        return FX.wrap(FX.multi_margin_arrays(xa, target._array(), w, self.p, self.margin,
                                              self.reduction))


class CTCLoss(LossBase):
    """``ops.ctc_loss(...)[0]`` as a Cell. ``log_probs`` (T, N, C) with ``targets`` (N, S), or
    unbatched (T, C) with ``targets`` (S,) or (1, S) (the result then loses the batch dim).
    Arguments are checked when called (as MindSpore); see ``ops.ctc_loss`` for the
    ``zero_infinity`` difference."""

    def __init__(self, blank=0, reduction="mean", zero_infinity=False):
        super().__init__()
        self.blank = blank
        self.reduction = reduction
        self.zero_infinity = zero_infinity

    def construct(self, log_probs, targets, input_lengths, target_lengths):
        U._check_is_tensor("CTCLoss", "log_probs", log_probs, style="cell")
        U._check_is_tensor("CTCLoss", "targets", targets, style="cell")
        if log_probs.ndim == 2:
            if targets.ndim > 2:
                raise ValueError(f"For CTCLoss, when the shape of log_probs is (T, C), the "
                                 f"dimension of targets shouldbe 1 or 2, but got {targets.ndim}.")
            if targets.ndim == 2 and targets.shape[0] != 1:
                raise ValueError(f"For CTCLoss, the first dimension of 2-D targets should be 1,"
                                 f"but got {targets.shape[0]}.")
            if targets.ndim == 1:
                targets = FX.wrap(targets._array()[None])
            lp = FX.wrap(log_probs._array()[:, None, :])
            loss, _ = FX.ctc_loss(lp, targets, input_lengths, target_lengths, self.blank,
                                  self.reduction, self.zero_infinity)
            a = loss._array()
            return FX.wrap(a[0] if a.ndim else a)
        loss, _ = FX.ctc_loss(log_probs, targets, input_lengths, target_lengths, self.blank,
                              self.reduction, self.zero_infinity)
        return loss


__all__ = ["HuberLoss", "KLDivLoss", "SoftMarginLoss", "MarginRankingLoss", "CosineEmbeddingLoss",
           "GaussianNLLLoss", "PoissonNLLLoss", "MultiMarginLoss", "CTCLoss", "TripletMarginLoss"]
