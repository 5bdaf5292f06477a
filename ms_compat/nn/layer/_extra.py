"""Extra ``mindspore.nn`` layers: ``ClipByNorm`` (``nn/layer/basic.py`` in MindSpore) and the
layers over the functional ops of ``ms_compat/ops/function/_ops_extra.py``."""
from __future__ import annotations

import jax.numpy as jnp

from ..._src.cell import Cell
from ..._src.tensor import Tensor


class ClipByNorm(Cell):
    """``nn.ClipByNorm(axis=None)``: ``x * clip_norm / max(||x||_2 over axis, clip_norm)``.

    The L2 norm is taken over ``axis`` (all axes when ``None``) with kept dims; an all-zero slice
    has norm 0 (its gradient is defined, as in MindSpore). ``clip_norm`` must be a Tensor
    broadcastable to ``x``; the result has ``x``'s dtype (computed in float32).
    """

    def __init__(self, axis=None):
        super().__init__()
        if axis is not None and not isinstance(axis, (int, tuple, list)) or isinstance(axis, bool):
            raise TypeError("For 'ClipByNorm', the type of 'axis' should be one of '['int', "
                            f"'tuple', 'list']', but got type '{type(axis).__name__}'.")
        self.axis = axis

    def construct(self, x, clip_norm):
        if not isinstance(x, Tensor) or not isinstance(clip_norm, Tensor):
            raise TypeError("For 'ClipByNorm', the input args must be tensor.")
        a = x._array()
        nd = a.ndim
        axes = (tuple(range(nd)) if self.axis is None else
                (self.axis,) if isinstance(self.axis, int) else tuple(self.axis))
        for ax in axes:
            if not -nd <= ax < nd:
                raise ValueError(f"The value in attribute `axis` should be within [{-nd}, {nd}) "
                                 "range.")
        axes = tuple(ax % nd for ax in axes) if nd else ()
        af = a.astype(jnp.float32)
        c = clip_norm._array().astype(jnp.float32)
        l2sum = jnp.sum(af * af, axis=axes, keepdims=True)
        pos = l2sum > 0
        l2norm = jnp.where(pos, jnp.sqrt(jnp.where(pos, l2sum, 1.0)), l2sum)
        # the division in float64 rounds correctly (XLA's vectorised float32 division may not)
        out = (af * c).astype(jnp.float64) / jnp.maximum(l2norm, c).astype(jnp.float64)
        return Tensor._wrap(out.astype(a.dtype))


__all__ = ["ClipByNorm"]
