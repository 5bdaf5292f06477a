"""``mindspore.ops`` clipping functions (``mindspore/ops/function/clip_func.py``).

``clip_by_value`` takes a Tensor or a list/tuple of Tensors; ``clip_by_norm`` scales by
``max_norm / (total_norm + 1e-6)`` when the (joint) norm exceeds ``max_norm``;
``clip_by_global_norm`` scales every tensor by ``clip_norm / max(global_norm, clip_norm)``.
"""
from __future__ import annotations

import jax.numpy as jnp

from ..._src.tensor import Tensor
from .math_func import clamp
from ._util import arr, wrap


def clip_by_value(x, clip_value_min=None, clip_value_max=None):
    if isinstance(x, (list, tuple)):
        return tuple(clip_by_value(t, clip_value_min, clip_value_max) for t in x)
    if isinstance(x, Tensor) and x.dtype._kind == "b":
        raise TypeError("For 'clip_by_value', the type of 'x' must be a number Tensor, but got "
                        "Bool.")
    if clip_value_min is None and clip_value_max is None:
        raise ValueError("For 'clip_by_value', at least one of 'clip_value_min' and "
                         "'clip_value_max' must not be None.")
    return clamp(x, clip_value_min, clip_value_max)


def _norm(a, p):
    a = a.astype(jnp.float32) if a.dtype.kind not in "fc" else a
    if p == float("inf"):
        return jnp.max(jnp.abs(a))
    return jnp.sum(jnp.abs(a) ** p) ** (1.0 / p)


def clip_by_norm(x, max_norm, norm_type=2.0, error_if_nonfinite=False):
    single = isinstance(x, Tensor)
    tensors = [x] if single else list(x)
    arrays = [arr(t) for t in tensors]
    p = float(norm_type)
    norms = jnp.stack([_norm(a, p) for a in arrays])
    total = jnp.max(norms) if p == float("inf") else jnp.sum(norms ** p) ** (1.0 / p)
    if error_if_nonfinite and not bool(jnp.isfinite(total)):
        raise RuntimeError("For 'clip_by_norm', the total norm is non-finite.")
    coef = jnp.minimum(float(max_norm) / (total + 1e-6), 1.0)
    out = [wrap((a * coef).astype(a.dtype)) for a in arrays]
    return out[0] if single else type(x)(out)


def clip_by_global_norm(x, clip_norm=1.0, use_norm=None):
    arrays = [arr(t) for t in x]
    if use_norm is None:
        g = jnp.sqrt(sum(jnp.sum(jnp.square(a.astype(jnp.float32))) for a in arrays))
    else:
        g = arr(use_norm)
    scale = clip_norm / jnp.maximum(g, clip_norm)
    return tuple(wrap((a * scale).astype(a.dtype)) for a in arrays)


__all__ = ["clip_by_value", "clip_by_norm", "clip_by_global_norm"]
