"""Extra ``mindspore.nn`` layers: ``ClipByNorm`` (``nn/layer/basic.py`` in MindSpore) and the
layers over the functional ops of ``ms_compat/ops/function/_ops_extra.py``."""
from __future__ import annotations

import jax.numpy as jnp

from ..._src.cell import Cell
from ..._src.tensor import Tensor
from ...ops.function import _ops_extra as _X


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


# ----------------------------------------------------------------------------- activations
class Hardtanh(Cell):
    """``nn.Hardtanh(min_val=-1.0, max_val=1.0)``: ``ops.hardtanh``; ``min_val > max_val`` is a
    ValueError here."""

    def __init__(self, min_val=-1.0, max_val=1.0):
        super().__init__()
        if min_val > max_val:
            raise ValueError("For Hardtanh, min_val should be less than max_val,but got "
                             f"{min_val} and {max_val}")
        self.min_val = min_val
        self.max_val = max_val

    def construct(self, x):
        return _X.hardtanh(x, self.min_val, self.max_val)


class Tanhshrink(Cell):
    """``nn.Tanhshrink()``: ``ops.tanhshrink``."""

    def construct(self, x):
        return _X.tanhshrink(x)


class LogSigmoid(Cell):
    """``nn.LogSigmoid()``: ``ops.logsigmoid``."""

    def construct(self, input_x):
        return _X.logsigmoid(input_x)


class GLU(Cell):
    """``nn.GLU(axis=-1)``: ``ops.glu``."""

    def __init__(self, axis=-1):
        super().__init__()
        self.dim = axis

    def construct(self, x):
        return _X.glu(x, self.dim)


class CELU(Cell):
    """``nn.CELU(alpha=1.0)``: ``ops.celu`` (``alpha`` is checked when called, as MindSpore)."""

    def __init__(self, alpha=1.0):
        super().__init__()
        self.alpha = alpha

    def construct(self, x):
        return _X.celu(x, self.alpha)


class Softmin(Cell):
    """``nn.Softmin(axis=-1)``: ``ops.softmin``."""

    def __init__(self, axis=-1):
        super().__init__()
        self.axis = axis

    def construct(self, x):
        return _X.softmin(x, self.axis)


__all__ += ["Hardtanh", "Tanhshrink", "LogSigmoid", "GLU", "CELU", "Softmin"]
