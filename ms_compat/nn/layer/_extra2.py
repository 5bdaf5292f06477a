"""More ``mindspore.nn`` layers (MindSpore 2.10 CPU semantics): ``PixelShuffle``,
``PixelUnshuffle``, ``AdaptiveAvgPool1d``, ``AdaptiveMaxPool2d``, ``Dropout2d``, ``Softmax2d``.

The functional parts live in ``ms_compat/ops/function/_ops_extra2.py``.
"""
from __future__ import annotations

import jax.numpy as jnp
from jax import lax

from ..._src import dtype as mstype
from ..._src.cell import Cell
from ..._src.tensor import Tensor
from ...ops.function import _ops_extra2 as _X2
from ...ops.function import nn_func as F
from . import _validator as V

__all__ = ["PixelShuffle", "PixelUnshuffle", "AdaptiveAvgPool1d", "AdaptiveMaxPool2d",
           "Dropout2d", "Softmax2d"]


class PixelShuffle(Cell):
    """``nn.PixelShuffle(upscale_factor)``: ``ops.pixel_shuffle(input, upscale_factor)``; the
    factor is checked at call time (as in MindSpore)."""

    def __init__(self, upscale_factor):
        super().__init__()
        self.upscale_factor = upscale_factor

    def construct(self, input):  # noqa: A002
        return _X2.pixel_shuffle(input, self.upscale_factor)


class PixelUnshuffle(Cell):
    """``nn.PixelUnshuffle(downscale_factor)``: ``ops.pixel_unshuffle(input, downscale_factor)``;
    the factor is checked at call time (as in MindSpore)."""

    def __init__(self, downscale_factor):
        super().__init__()
        self.downscale_factor = downscale_factor

    def construct(self, input):  # noqa: A002
        return _X2.pixel_unshuffle(input, self.downscale_factor)


class AdaptiveAvgPool1d(Cell):
    """``nn.AdaptiveAvgPool1d(output_size)``: ``(N, C, L) -> (N, C, output_size)`` average pooling.

    As MindSpore 2.10 (which lowers it to one AvgPool), ``L`` must be divisible by
    ``output_size``: the window is ``L - (output_size - 1) * (L // output_size)`` with stride
    ``L // output_size``, i.e. equal non-overlapping windows. Only 3-D Float16/Float32 input;
    Float16 is averaged in Float32 and rounded back.
    """

    def __init__(self, output_size):
        super().__init__()
        V.check_value_type("output_size", output_size, [int], "AdaptiveAvgPool1d")
        if output_size < 1:
            raise ValueError("For 'AdaptiveAvgPool1d', the 'output_size' must be int and must >= 1,"
                             f" but got '{output_size}' with type 'int'.")
        self.output_size = output_size

    def construct(self, input):  # noqa: A002
        if not isinstance(input, Tensor):
            raise TypeError("For primitive[Shape], the input argument must be Tensor, but got "
                            f"{type(input)}.")
        a = input._array()
        pre = "For AdaptiveAvgPool1d,"
        if a.ndim != 3:
            raise ValueError(f"{pre} the input must has 3 dim, but got {a.ndim}.")
        n, c, length = a.shape
        out = self.output_size
        if length < out:
            raise ValueError(f"{pre} the input's last dimension must be greater or equal to output "
                             f"size {out}, but got {length}.")
        if length % out != 0:
            raise ValueError(f"{pre} the input's last dimension must be divisible by output size "
                             f"{out}, but got {length}.")
        name = str(mstype.from_np_dtype(a.dtype))
        if name not in ("Float16", "Float32"):
            raise TypeError(f"For AdaptiveAvgPool1d, the x_dtype must be float16 or float32, but "
                            f"got {name}.")
        k = length // out
        r = jnp.mean(a.astype(jnp.float32).reshape(n, c, out, k), axis=-1)
        return Tensor._wrap(r.astype(a.dtype))


class AdaptiveMaxPool2d(Cell):
    """``nn.AdaptiveMaxPool2d(output_size, return_indices=False)``:
    ``ops.adaptive_max_pool2d`` (arguments checked at call time, as in MindSpore)."""

    def __init__(self, output_size, return_indices=False):
        super().__init__()
        self.output_size = output_size
        self.return_indices = return_indices

    def construct(self, input):  # noqa: A002
        return _X2.adaptive_max_pool2d(input, self.output_size, self.return_indices)


class Dropout2d(Cell):
    """``nn.Dropout2d(p=0.5)``: identity in eval mode (the default, as any Cell) or when
    ``p == 0``; in training mode ``ops.dropout2d`` on a 4-D input (whole channels zeroed with
    probability ``p``, the rest scaled by ``1/(1-p)``). The random masks are not MindSpore's bits.
    ``repr`` prints ``p=<keep probability>``, as MindSpore 2.10 does."""

    def __init__(self, p=0.5):
        super().__init__()
        V.check_value_type("p", p, [float], "Dropout2d")
        if p < 0 or p > 1:
            raise ValueError("For 'Dropout2d', the 'p' must be a number in range [0, 1], but got "
                             f"{p}.")
        self.keep_prob = 1.0 - p

    def construct(self, x):
        if not self.training or self.keep_prob == 1:
            return x
        return _X2.dropout2d(x, 1.0 - self.keep_prob, True)

    def extend_repr(self):
        return f"p={self.keep_prob}"


class Softmax2d(Cell):
    """``nn.Softmax2d()``: softmax over the channel axis (``-3``) of a 3-D ``(C, H, W)`` or 4-D
    ``(N, C, H, W)`` float input. Float16 is computed in float16 steps (see ``_softmax_f16``)."""

    def construct(self, x):
        if isinstance(x, Tensor) and x.ndim not in (3, 4):
            raise ValueError("For 'Softmax2d', the in_shape must have 3 or 4 dims, but got "
                             f"{x.ndim}.")
        if isinstance(x, Tensor) and x.dtype == mstype.float16:
            return Tensor._wrap(_softmax_f16(x._array(), -3))
        return F.softmax(x, -3)


def _softmax_f16(a, axis):
    """Float16 softmax rounded to float16 after every step (max-shifted exp, a running sum, the
    division), which is how MindSpore's CPU kernel rounds. The steps run in float32 with explicit
    ``reduce_precision`` (XLA would otherwise drop the intermediate float16 roundings)."""
    def r16(v):
        return lax.reduce_precision(v, exponent_bits=5, mantissa_bits=10)
    a = jnp.moveaxis(a, axis, 0).astype(jnp.float32)
    e = r16(jnp.exp(r16(a - jnp.max(a, axis=0))))
    s = e[0]
    for i in range(1, e.shape[0]):
        s = r16(s + e[i])
    return jnp.moveaxis(r16(e / s), 0, axis).astype(jnp.float16)
