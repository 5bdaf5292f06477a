"""``mindspore.nn`` losses (``mindspore/nn/loss/loss.py``)."""
from __future__ import annotations

import jax.numpy as jnp

from ..._src.cell import Cell
from ..._src.tensor import Tensor
from ...ops.function import nn_func as F


class LossBase(Cell):
    """Base of losses: ``reduction`` in ('mean', 'sum', 'none'); ``get_loss`` applies it."""

    def __init__(self, reduction="mean"):
        super().__init__()
        if reduction not in ("mean", "sum", "none"):
            raise ValueError(f"For '{type(self).__name__}', the 'reduction' must be in ['mean', "
                             f"'sum', 'none'], but got {reduction}.")
        self.reduction = reduction

    def get_loss(self, x, weights=1.0):
        a = x._array() * (weights._array() if isinstance(weights, Tensor) else weights)
        if self.reduction == "mean":
            a = jnp.mean(a)
        elif self.reduction == "sum":
            a = jnp.sum(a)
        return Tensor._wrap(a)


class MSELoss(LossBase):
    def construct(self, logits, labels):
        return F.mse_loss(logits, labels, self.reduction)


class L1Loss(LossBase):
    def construct(self, logits, labels):
        return F.l1_loss(logits, labels, self.reduction)


class BCEWithLogitsLoss(LossBase):
    def __init__(self, reduction="mean", weight=None, pos_weight=None):
        super().__init__(reduction)
        self.weight = weight
        self.pos_weight = pos_weight

    def construct(self, logits, labels):
        return F.binary_cross_entropy_with_logits(logits, labels, self.weight, self.pos_weight,
                                                  self.reduction)
