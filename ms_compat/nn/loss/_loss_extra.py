"""More ``mindspore.nn`` losses (MindSpore 2.10 ``mindspore/nn/loss/loss.py``): ``HuberLoss``,
``KLDivLoss``, ``MarginRankingLoss``, ``CosineEmbeddingLoss``, ``GaussianNLLLoss``,
``PoissonNLLLoss``, ``TripletMarginLoss``, ``MultiMarginLoss``.

Each Cell checks what MindSpore's constructor checks (with its exception types and messages) and
calls the functional form in ``ops.function._nn_loss_extra`` / ``_ops_extra``, so the values and
the call-time errors are the functional ones. As in MindSpore:

  * ``HuberLoss``, ``MarginRankingLoss`` and ``CosineEmbeddingLoss`` reject a bad ``reduction``
    when constructed; ``KLDivLoss`` only when called (its constructor does not pass the
    reduction to ``LossBase``);
  * a bad ``delta`` (HuberLoss) or an int ``margin`` (MarginRankingLoss) fails when called.
"""
from __future__ import annotations

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


class MarginRankingLoss(LossBase):
    """``ops.margin_ranking_loss(input1, input2, target, margin, reduction)`` as a Cell."""

    def __init__(self, margin=0.0, reduction="mean"):
        super().__init__(reduction)
        self.reduction = reduction
        self.margin = margin

    def construct(self, input1, input2, target):
        return FX.margin_ranking_loss(input1, input2, target, self.margin, self.reduction)


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


__all__ = ["HuberLoss", "KLDivLoss", "MarginRankingLoss", "CosineEmbeddingLoss"]
