"""``ops.interpolate`` / ``ops.upsample`` (in MindSpore: ``ops/function/nn_func.py``), as
MindSpore 2.10 runs them on CPU.

Supported: ``mode='nearest'`` (3-D, 4-D, 5-D input), ``'nearest-exact'`` (3-D, 4-D), ``'linear'``
(3-D), ``'bilinear'`` and ``'bicubic'`` (4-D), ``'trilinear'`` (5-D) and ``'area'`` (adaptive
average pooling; 3-D needs ``in % out == 0``), with ``size``, or ``scale_factor`` together with
``recompute_scale_factor=True`` (the output size is then ``floor(in * scale)``; MindSpore's CPU
backend rejects a ``scale_factor`` without it). Source coordinates follow MindSpore's kernels:
  * nearest: ``src = min(floor(dst * in / out), in - 1)``; nearest-exact:
    ``min(floor((dst + 0.5) * in / out), in - 1)``;
  * area: window ``[floor(i * in / out), ceil((i + 1) * in / out))`` averaged per axis;
  * linear/bilinear, ``align_corners=False``: ``src = max((dst + 0.5) * in / out - 0.5, 0)``;
    ``align_corners=True``: ``src = dst * (in - 1) / (out - 1)`` (0 when ``out == 1``);
    bilinear/trilinear are linear along each spatial axis in turn.
  * bicubic (4-D): cubic convolution along H then W with MindSpore's (TensorFlow's) weights:
    fraction quantised to 1/1024; ``align_corners=True``: ``A = -0.75``, taps clamped to the
    edge; otherwise half-pixel centres, ``A = -0.5``, out-of-range taps dropped and the weights
    renormalised.
Nearest rejects integer inputs (MindSpore's CPU kernel does).
Gradients are JAX's of these gathers and weights, i.e. the adjoint scatter-add MindSpore uses.
"""
from __future__ import annotations

import math
import numbers

import jax.numpy as jnp
import numpy as np

from ..._src.tensor import Tensor
from ._util import wrap

_MODES = ['nearest', 'linear', 'bilinear', 'bicubic', 'area', 'nearest-exact', 'trilinear']
_DIMS = {"linear": [3], "bilinear": [4], "bicubic": [4], "trilinear": [5],
         "nearest-exact": [3, 4]}


def _src_nearest(n_in, n_out):
    scale = np.float32(n_in) / np.float32(n_out)
    idx = np.floor(np.arange(n_out, dtype=np.float32) * scale).astype(np.int64)
    return np.minimum(idx, n_in - 1)


def _src_nearest_exact(n_in, n_out):
    scale = np.float32(n_in) / np.float32(n_out)
    idx = np.floor((np.arange(n_out, dtype=np.float32) + np.float32(0.5)) * scale)
    return np.minimum(idx.astype(np.int64), n_in - 1)


def _area_axis(a, axis, n_out):
    """Adaptive average along one axis: window ``[floor(i*in/out), ceil((i+1)*in/out))``."""
    n_in = a.shape[axis]
    w = np.zeros((n_out, n_in), np.float64)
    for i in range(n_out):
        lo, hi = (i * n_in) // n_out, -((-(i + 1) * n_in) // n_out)
        w[i, lo:hi] = 1.0 / (hi - lo)
    out = jnp.tensordot(jnp.asarray(w, a.dtype), jnp.moveaxis(a, axis, 0), axes=1)
    return jnp.moveaxis(out, 0, axis)


def _cubic_weights(t, a):
    """Keys cubic-convolution weights of the taps at offsets -1, 0, 1, 2 for fraction ``t``."""
    def near(d):   # |d| <= 1
        return ((a + 2) * d - (a + 3)) * d * d + 1

    def far(d):    # 1 < |d| < 2
        return ((a * d - 5 * a) * d + 8 * a) * d - 4 * a
    return [far(t + 1), near(t), near(1 - t), far(2 - t)]


def _cubic_matrix(n_in, n_out, align_corners):
    """``(n_out, n_in)`` bicubic weights as MindSpore's CPU kernel (TensorFlow's ResizeBicubic)
    computes them: the fraction is quantised to 1/1024; with ``align_corners`` the legacy Keys
    kernel (``A = -0.75``) with edge-clamped taps, otherwise half-pixel centres with ``A = -0.5``
    and taps outside the input dropped and the remaining weights renormalised."""
    coef = -0.75 if align_corners else -0.5
    w = np.zeros((n_out, n_in), np.float64)
    for i in range(n_out):
        if align_corners:
            src = i * ((n_in - 1) / (n_out - 1)) if n_out > 1 else 0.0
        else:
            src = (i + 0.5) * (n_in / n_out) - 0.5
        base = int(np.floor(np.float32(src)))
        t = float(np.rint(np.float32(src - base) * 1024)) / 1024
        taps = _cubic_weights(t, coef)
        idx = [base - 1 + k for k in range(4)]
        if align_corners:
            for j, v in zip(idx, taps):
                w[i, min(max(j, 0), n_in - 1)] += v
        else:
            kept = [(j, v) for j, v in zip(idx, taps) if 0 <= j < n_in]
            total = sum(v for _, v in kept)
            for j, v in kept:
                w[i, j] += v / total
    return w


def _resize_cubic(a, axis, n_out, align_corners):
    w = _cubic_matrix(a.shape[axis], n_out, align_corners)
    out = jnp.tensordot(jnp.asarray(w, a.dtype), jnp.moveaxis(a, axis, 0), axes=1)
    return jnp.moveaxis(out, 0, axis)


def _resize_linear(a, axis, n_out, align_corners):
    n_in = a.shape[axis]
    dst = np.arange(n_out, dtype=np.float64)
    if align_corners:
        src = dst * ((n_in - 1) / (n_out - 1)) if n_out > 1 else np.zeros(n_out)
    else:
        src = np.maximum((dst + 0.5) * (n_in / n_out) - 0.5, 0.0)
    i0 = np.minimum(np.floor(src).astype(np.int64), n_in - 1)
    i1 = np.minimum(i0 + 1, n_in - 1)
    w = (src - i0).astype(np.float32)
    shape = [1] * a.ndim
    shape[axis] = n_out
    w = jnp.asarray(w.reshape(shape), a.dtype) if a.dtype != jnp.float64 else \
        jnp.asarray((src - i0).reshape(shape), a.dtype)
    return jnp.take(a, i0, axis=axis) * (1 - w) + jnp.take(a, i1, axis=axis) * w


def interpolate(input, size=None, scale_factor=None, mode="nearest", align_corners=None,
                recompute_scale_factor=None):
    """Resize the spatial axes (all axes after the first two); see the module docstring."""
    if not isinstance(input, Tensor):
        raise TypeError(f"For 'interpolate', 'input' must be a tensor, but got {type(input)}")
    if mode not in _MODES:
        raise ValueError(f"For 'interpolate', 'mode' must be in '{_MODES}', but got {mode}")
    if size is not None and scale_factor is not None:
        raise ValueError("For 'interpolate', 'size' and 'scale_factor' cannot be set "
                         "simultaneously")
    if size is None and scale_factor is None:
        raise ValueError("For 'interpolate', 'size' and 'scale_factor' cannot be both empty")
    a = input._array()
    nd = a.ndim
    if mode in _DIMS and nd not in _DIMS[mode]:
        raise ValueError(f"For 'interpolate', {mode} only support '{_DIMS[mode]}'D, but got "
                         f"{nd}D")
    if align_corners is not None and mode in ("nearest", "area", "nearest-exact"):
        raise ValueError(f"For 'interpolate', 'align_corners' option cannot currently be set "
                         f"with the mode = {mode}, and dim = {nd}D")
    spatial = nd - 2
    if size is not None:
        if recompute_scale_factor:
            raise ValueError("For 'interpolate', it is incorrect to set 'recompute_scale_factor' "
                             "to True after specifying an explicit 'size'.")
        sizes = (size,) * spatial if isinstance(size, numbers.Integral) else tuple(size)
        if len(sizes) != spatial:
            raise ValueError(f"For 'interpolate', 'input' and 'size' must have the same spatial "
                             f"dimensions, but got 'input' is {spatial}D, 'size' is "
                             f"{len(sizes)}D")
    else:
        scales = ((scale_factor,) * spatial if isinstance(scale_factor, numbers.Real)
                  else tuple(scale_factor))
        if len(scales) != spatial:
            raise ValueError(f"For 'interpolate', 'input' and 'scale_factor' must have the same "
                             f"spatial dimensions, but got 'input' is {spatial}D, 'scale_factor' "
                             f"is {len(scales)}D")
        if not recompute_scale_factor:
            raise ValueError(f"For 'interpolate', 'scale_factor' option cannot currently be set "
                             f"with the mode = {mode} and dim = {nd}D.")
        sizes = tuple(int(math.floor(a.shape[2 + i] * float(s))) for i, s in enumerate(scales))
    if mode in ("nearest", "nearest-exact"):
        if a.dtype.kind not in "f":
            raise TypeError("\nSelect CPU operator[ResizeNearestNeighborV2] fail! Unsupported "
                            "data type!")
        src = _src_nearest if mode == "nearest" else _src_nearest_exact
        out = a
        for i, n_out in enumerate(sizes):
            out = jnp.take(out, src(a.shape[2 + i], n_out), axis=2 + i)
        return wrap(out)
    if mode == "area":
        if nd == 3:
            n_in, n_out = a.shape[2], sizes[0]
            if n_in < n_out:
                raise ValueError(f"For adaptive_avg_pool1d input's last dimension must be greater "
                                 f"or equal to output size {n_out}, but got {n_in}.")
            if n_in % n_out:
                raise ValueError(f"For adaptive_avg_pool1d input's last dimension must be "
                                 f"divisible by output size {n_out}, but got {n_in}.")
        out = a.astype(jnp.float32) if a.dtype == jnp.float16 else a
        for i, n_out in enumerate(sizes):
            out = _area_axis(out, 2 + i, n_out)
        return wrap(out.astype(a.dtype))
    out = a.astype(jnp.float32) if a.dtype == jnp.float16 else a   # Float16 computed in Float32
    resize = _resize_cubic if mode == "bicubic" else _resize_linear
    for i, n_out in enumerate(sizes):
        out = resize(out, 2 + i, n_out, bool(align_corners))
    return wrap(out.astype(a.dtype))


def upsample(input, size=None, scale_factor=None, mode="nearest", align_corners=None,
             recompute_scale_factor=None):
    """``ops.upsample``: the same as ``ops.interpolate`` (a separate function in MindSpore)."""
    return interpolate(input, size, scale_factor, mode, align_corners, recompute_scale_factor)


__all__ = ["interpolate", "upsample"]
