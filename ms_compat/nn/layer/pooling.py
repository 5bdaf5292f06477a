"""``mindspore.nn`` pooling (``mindspore/nn/layer/pooling.py``): MaxPool2d, AvgPool2d,
MaxPool1d, AvgPool1d, AdaptiveAvgPool2d.

MindSpore 2.10 rules copied here: ``kernel_size=1, stride=1, pad_mode='valid'`` defaults; the
pad mode is stored upper-case (``repr`` prints ``pad_mode=VALID``); 'same' pads ``total // 2``
before; max pooling never picks a padded position; average pooling in 'same' mode divides by the
number of real elements, in 'pad' mode by the window size unless ``count_include_pad=False``;
``padding``/``dilation``/``return_indices``/``ceil_mode`` need ``pad_mode='pad'`` for MaxPool2d.
A 3-D input ``(C, H, W)`` is treated as a batch of one.
"""
from __future__ import annotations

import numbers

import jax
import jax.numpy as jnp
import numpy as np

from ..._src.cell import Cell
from ..._src.tensor import Tensor
from ...ops.function import nn_func as F
from ...ops.function import _nn_conv as K
from . import _validator as V


def _int_or_tuple(cls, arg_name, value):
    V.check_value_type(arg_name, value, [int, tuple], cls)
    msg = (f"For '{cls}', the '{arg_name}' must be an positive int number or a tuple, but got "
           f"{value}")
    if isinstance(value, int):
        if value <= 0:
            raise ValueError(msg)
        return value
    for item in value:
        if not (isinstance(item, int) and item > 0):
            raise ValueError(msg)
    return value[0] if len(value) == 1 else value


def _as_pair(value):
    return (value, value) if isinstance(value, numbers.Integral) else tuple(value)


class _PoolNd(Cell):
    def __init__(self, kernel_size, stride, pad_mode, data_format="NCHW"):
        super().__init__()
        cls = type(self).__name__
        V.check_value_type("pad_mode", pad_mode, [str], cls)
        mode = pad_mode.upper()
        if mode not in ("VALID", "SAME", "PAD"):
            raise ValueError(f"For '{cls}', the 'pad_mode' must be str and must be in "
                             f"'['VALID', 'SAME', 'PAD']', but got '{mode}'.")
        self.pad_mode = mode
        if data_format not in ("NCHW", "NHWC"):
            raise ValueError(f"For '{cls}', the 'format' must be str and must be in "
                             f"'['NCHW', 'NHWC']', but got '{data_format}'.")
        if data_format == "NHWC":
            raise ValueError(f"For '{cls}, the 'NHWC' format only support in GPU target, but got "
                             f"device target CPU.")
        self.format = data_format
        self.kernel_size = _int_or_tuple(cls, "kernel_size", kernel_size)
        self.stride = _int_or_tuple(cls, "stride", stride)

    def extend_repr(self):
        return f"kernel_size={self.kernel_size}, stride={self.stride}, pad_mode={self.pad_mode}"


def _pool_padding(padding, cls):
    V.check_value_type("padding", padding, (int, tuple, list), cls)
    if isinstance(padding, int):
        return (padding, padding)
    for p in padding:
        V.check_non_negative_int(p, "padding", cls)
    if len(padding) == 1:
        return (padding[0], padding[0])
    if len(padding) != 2:
        raise ValueError(f"For {cls}, the length of padding must equal to 2, but got "
                         f"{len(padding)}.")
    return tuple(padding)


def _argmax_indices(x, kernel, stride, pads, dilation):
    """Flat ``h * W + w`` index of each window's (first) maximum."""
    h, w = x.shape[2:]
    idx = jnp.broadcast_to(jnp.arange(h * w, dtype=jnp.int64).reshape(1, 1, h, w), x.shape)
    neg = np.array(-np.inf, x.dtype)  # concrete inits (numpy): see nn_func.max_pool2d_nchw

    def pick(a, b):
        av, ai = a
        bv, bi = b
        take_a = (av > bv) | ((av == bv) & (ai < bi))
        return jnp.where(take_a, av, bv), jnp.where(take_a, ai, bi)

    _, out = jax.lax.reduce_window((x, idx), (neg, np.array(np.iinfo(np.int64).max)), pick,
                                   (1, 1) + tuple(kernel), (1, 1) + tuple(stride),
                                   [(0, 0), (0, 0)] + pads,
                                   window_dilation=(1, 1) + tuple(dilation))
    return out


class MaxPool2d(_PoolNd):
    """2-D max pooling over ``(N, C, H, W)`` or ``(C, H, W)``."""

    def __init__(self, kernel_size=1, stride=1, pad_mode="valid", padding=0, dilation=1,
                 return_indices=False, ceil_mode=False, data_format="NCHW"):
        super().__init__(kernel_size, stride, pad_mode, data_format)
        self.return_indices = return_indices
        self.ceil_mode = ceil_mode
        self.use_pad = pad_mode.upper() == "PAD"
        if self.use_pad:
            for name, value in (("kernel_size", self.kernel_size), ("stride", self.stride)):
                if isinstance(value, tuple) and len(value) != 2:
                    raise ValueError(f"For MaxPool2d, the length of {name} must be equal to 2, "
                                     f"but got {len(value)}.")
            self.padding = _pool_padding(padding, "MaxPool2d")
            self._dilation = _as_pair(dilation) if not isinstance(dilation, tuple) or \
                len(dilation) != 1 else (dilation[0],) * 2
        else:
            if padding != 0 or dilation != 1 or return_indices or ceil_mode:
                raise ValueError(f"For MaxPool2d, the parameter 'padding', 'dilation', "
                                 f"'return_indices', 'ceil_mode' can not be set to non-default "
                                 f"value when pad_mode is not 'pad', but got pad_mode:{pad_mode}.")
            self.padding = (0, 0)
            self._dilation = (1, 1)

    def construct(self, x):
        a = x._array()
        squeeze = a.ndim == 3
        if squeeze:
            a = a[None]
        if a.ndim != 4:
            raise ValueError(f"For primitive[MaxPool], the length of input must be equal to 4 , "
                             f"but got {a.ndim}.")
        k, s = _as_pair(self.kernel_size), _as_pair(self.stride)
        out = K.max_pool2d_nchw(a, k, s, self.pad_mode, self.padding, self._dilation,
                                self.ceil_mode)
        if self.return_indices:
            pads = K._pool_pads(self.pad_mode, self.padding, a.shape[2:], k, s, self._dilation,
                                self.ceil_mode)
            idx = _argmax_indices(jax.lax.stop_gradient(a), k, s, pads, self._dilation)
            if squeeze:
                out, idx = out[0], idx[0]
            return Tensor._wrap(out), Tensor._wrap(idx)
        return Tensor._wrap(out[0] if squeeze else out)


class AvgPool2d(_PoolNd):
    """2-D average pooling over ``(N, C, H, W)`` or ``(C, H, W)``."""

    def __init__(self, kernel_size=1, stride=1, pad_mode="valid", padding=0, ceil_mode=False,
                 count_include_pad=True, divisor_override=None, data_format="NCHW"):
        super().__init__(kernel_size, stride, pad_mode, data_format)
        if divisor_override is not None and divisor_override <= 0:
            raise ValueError(f"For 'AvgPool2d', the 'divisor_override' must be > 0, but got "
                             f"{divisor_override}.")
        self.padding = _pool_padding(padding, "AvgPool2d") if padding != 0 else (0, 0)
        self.ceil_mode = ceil_mode
        self.count_include_pad = count_include_pad
        self.divisor_override = 0 if divisor_override is None else divisor_override

    def construct(self, x):
        a = x._array()
        squeeze = a.ndim == 3
        if squeeze:
            a = a[None]
        if a.ndim != 4:
            raise ValueError(f"For primitive[AvgPool], the x_rank must be equal to 4, but got "
                             f"{a.ndim}.")
        out = K.avg_pool2d_nchw(a, _as_pair(self.kernel_size), _as_pair(self.stride),
                                self.pad_mode, self.padding, self.ceil_mode,
                                self.count_include_pad, self.divisor_override)
        return Tensor._wrap(out[0] if squeeze else out)


class MaxPool1d(_PoolNd):
    """1-D max pooling over ``(N, C, L)`` or ``(C, L)``."""

    def __init__(self, kernel_size=1, stride=1, pad_mode="valid", padding=0, dilation=1,
                 return_indices=False, ceil_mode=False):
        super().__init__(kernel_size, stride, pad_mode)
        V.check_positive_int(kernel_size, "kernel_size", "MaxPool1d")
        V.check_positive_int(stride, "stride", "MaxPool1d")
        self.use_pad = pad_mode.upper() == "PAD"
        lead = (1, 1) if self.use_pad else (1,)
        self.kernel_size = lead + (kernel_size,)
        self.stride = lead + (stride,)
        if not self.use_pad and (padding != 0 or dilation != 1 or return_indices or ceil_mode):
            raise ValueError(f"For MaxPool1d, the parameter 'padding', 'dilation', "
                             f"'return_indices', 'ceil_mode' can not be set to non-default value "
                             f"when pad_mode is not 'pad', but got pad_mode:{pad_mode}.")
        if return_indices:
            raise NotImplementedError("nn.MaxPool1d(return_indices=True) is not implemented in "
                                      "ms_compat.")
        pad = padding if isinstance(padding, int) else padding[0]
        self.padding = (0, pad)
        self._dilation = (1, dilation if isinstance(dilation, int) else dilation[0])
        self.ceil_mode = ceil_mode

    def construct(self, x):
        a = x._array()
        squeeze = a.ndim == 2
        if squeeze:
            a = a[None]
        if a.ndim != 3:
            raise ValueError(f"For 'MaxPool1d', the input must has 3 dim, but got {a.ndim}")
        out = K.max_pool2d_nchw(a[:, :, None, :], self.kernel_size[-2:], self.stride[-2:],
                                self.pad_mode, self.padding, self._dilation,
                                self.ceil_mode)[:, :, 0, :]
        return Tensor._wrap(out[0] if squeeze else out)


class AvgPool1d(_PoolNd):
    """1-D average pooling over ``(N, C, L)`` or ``(C, L)``."""

    def __init__(self, kernel_size=1, stride=1, pad_mode="valid", padding=0, ceil_mode=False,
                 count_include_pad=True):
        super().__init__(kernel_size, stride, pad_mode)
        V.check_positive_int(kernel_size, "kernel_size", "AvgPool1d")
        V.check_positive_int(stride, "stride", "AvgPool1d")
        self.kernel_size = (1, kernel_size)
        self.stride = (1, stride)
        pad = padding if isinstance(padding, int) else padding[0]
        self.padding = (0, pad)
        self.ceil_mode = ceil_mode
        self.count_include_pad = count_include_pad

    def construct(self, x):
        a = x._array()
        squeeze = a.ndim == 2
        if squeeze:
            a = a[None]
        if a.ndim != 3:
            raise ValueError(f"For 'AvgPool1d', the input must has 3 dim, but got {a.ndim}")
        out = K.avg_pool2d_nchw(a[:, :, None, :], self.kernel_size, self.stride, self.pad_mode,
                                self.padding, self.ceil_mode, self.count_include_pad)[:, :, 0, :]
        return Tensor._wrap(out[0] if squeeze else out)


class AdaptiveAvgPool2d(Cell):
    """Adaptive average pooling to ``output_size`` (an int, or a pair whose items may be None)."""

    def __init__(self, output_size):
        super().__init__()
        if isinstance(output_size, numbers.Integral):
            V.check_positive_int(output_size, "output_size", "AdaptiveAvgPool2D")
        elif isinstance(output_size, (tuple, list)):
            if len(output_size) != 2:
                raise ValueError(f"For 'AdaptiveAvgPool2D', the length of 'output_size' must be "
                                 f"2, but got {len(output_size)}.")
        else:
            raise TypeError(f"For 'AdaptiveAvgPool2D', the 'output_size' must be int or tuple, "
                            f"but got {type(output_size).__name__}.")
        self.output_size = output_size

    def construct(self, input):
        a = input._array()
        if a.ndim not in (3, 4):
            raise ValueError(f"For primitive[AdaptiveAvgPool2D], the dim of x must be in [3,4], "
                             f"but got {a.ndim}.")
        return F.adaptive_avg_pool2d(input, self.output_size)
