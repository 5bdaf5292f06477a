"""Convolution and pooling kernels on JAX arrays (part of ``mindspore.ops`` nn functions), with
MindSpore 2.10's padding rules and error messages:

  * ``pad_mode='same'`` pads ``total // 2`` before and the rest after (MindSpore/TF);
    ``padding`` 4-tuples are (top, bottom, left, right);
  * the transposed convolution is the exact adjoint of the forward one (MindSpore's
    ``Conv2DBackpropInput``), computed with ``jax.linear_transpose``;
  * max pooling never picks a padded position; average pooling in 'same' mode divides by the
    number of real elements, in 'pad' mode by the window unless ``count_include_pad=False``;
  * adaptive pooling bins are ``[floor(i n / o), ceil((i + 1) n / o))``.
"""
from __future__ import annotations

import numbers

import jax
import jax.numpy as jnp
import numpy as np


def _conv_padding(pad_mode, padding, in_hw, kernel, stride, dilation):
    """``[(top, bottom), (left, right)]`` for a MindSpore pad_mode."""
    if pad_mode == "pad":
        if isinstance(padding, numbers.Integral):
            p = (int(padding),) * 4
        else:
            p = tuple(int(v) for v in padding)
            if len(p) == 2:
                p = (p[0], p[0], p[1], p[1])
        return [(p[0], p[1]), (p[2], p[3])]
    if pad_mode == "same":
        out = []
        for n, k, s, d in zip(in_hw, kernel, stride, dilation):
            total = max((-(-n // s) - 1) * s + (k - 1) * d + 1 - n, 0)
            out.append((total // 2, total - total // 2))
        return out
    return [(0, 0), (0, 0)]


def _check_conv_args(pad_mode, padding):
    if not isinstance(pad_mode, str) or pad_mode.lower() not in ("valid", "same", "pad"):
        raise ValueError(f"For 'Conv2D', the 'pad_mode' must be str and must be in "
                         f"'['valid', 'same', 'pad']', but got '{pad_mode}'.")
    if isinstance(padding, (tuple, list)):
        if len(padding) != 4:
            raise ValueError(f"For 'Conv2D', the 'pad size' must be int and must = 4, but got "
                             f"'{len(padding)}' with type 'int'.")
        pads = tuple(padding)
    else:
        pads = (padding,) * 4
    if pad_mode.lower() != "pad" and any(p != 0 for p in pads):
        shown = padding if not isinstance(padding, (tuple, list)) else tuple(padding)
        raise ValueError(f"For 'Conv2D', the 'pad' must be zero when 'pad_mode' is not 'pad', "
                         f"but got 'pad': {shown} and 'pad_mode': {pad_mode}.")


def _conv2d_raw(x, w, stride, pads, dilation, groups):
    return _conv2d_lax(x, w, tuple(stride), tuple(tuple(p) for p in pads), tuple(dilation),
                       groups)


def _conv2d_lax(x, w, stride, pads, dilation, groups):
    return jax.lax.conv_general_dilated(
        x, w.astype(x.dtype), window_strides=tuple(stride), padding=pads,
        rhs_dilation=tuple(dilation), dimension_numbers=("NCHW", "OIHW", "NCHW"),
        feature_group_count=groups)


def conv2d_nchw(x, w, stride, pad_mode, padding, dilation, groups, prim="Conv2D"):
    """2-D convolution of JAX arrays with MindSpore's checks (``Conv2D`` primitive)."""
    if x.ndim != 4:
        raise ValueError(f"For primitive[{prim}], the x shape size must be equal to 4, but got "
                         f"{x.ndim}.")
    if x.shape[1] // groups != w.shape[1] or x.shape[1] % groups:
        raise RuntimeError(f"For '{prim}', 'C_in' of input 'x' shape divide by parameter 'group' "
                           f"must be equal to 'C_in' of input 'weight' shape: {w.shape[1]}, but "
                           f"got 'C_in' of input 'x' shape: {x.shape[1]}, and 'group': {groups}.")
    pads = _conv_padding(pad_mode.lower(), padding, x.shape[2:], w.shape[2:], stride, dilation)
    return _conv2d_raw(x, w, stride, pads, dilation, groups)


def _functional_padding(padding, dim):
    """``ops.conv{dim}d``'s ``padding``: an int, or one int per spatial dim (both sides)."""
    if isinstance(padding, numbers.Integral):
        return int(padding)
    if not isinstance(padding, (tuple, list)):
        raise TypeError(f"For 'conv{dim}d', 'padding' must be a tuple, list or int, but got "
                        f"{type(padding)}.")
    if len(padding) != dim:
        raise ValueError(f"For 'conv{dim}d', 'padding' must be a tuple or list of {dim} "
                         f"integers, but got {padding}.")
    return tuple(int(p) for pair in zip(padding, padding) for p in pair)


def deconv_output_length(pad_mode, length, kernel, stride, dilation, pad_total):
    """Output length of MindSpore's ``Conv2dTranspose`` (``_deconv_output_length``)."""
    k = kernel + (kernel - 1) * (dilation - 1)
    if pad_mode == "valid":
        return length * stride + k - stride if k - stride > 0 else length * stride
    if pad_mode == "same":
        return length * stride
    return length * stride - pad_total + k - stride


def conv2d_transpose_nchw(x, w, out_shape, stride, pad_mode, padding, dilation, groups):
    """``Conv2DBackpropInput``: the adjoint of ``conv2d`` (weight ``(in, out/groups, kh, kw)``)
    for an output of ``out_shape``; exact for every pad_mode because it is the transpose."""
    if x.ndim != 4:
        raise ValueError(f"For primitive[Conv2DBackpropInput], the dout shape size must be equal "
                         f"to 4, but got {x.ndim}.")
    if x.shape[1] != w.shape[0]:
        raise ValueError(f"For 'Conv2DBackpropInput', the dimension of 'dout' and 'weight' "
                         f"are not matched: dout channels {x.shape[1]}, weight shape[0] "
                         f"{w.shape[0]}.")
    pads = _conv_padding(pad_mode, padding, out_shape[2:], w.shape[2:], stride, dilation)
    return _conv_transpose_raw(x, w, tuple(int(v) for v in out_shape), tuple(stride),
                               tuple(tuple(p) for p in pads), tuple(dilation), groups)


def _conv_transpose_raw(x, w, out_shape, stride, pads, dilation, groups):
    w = w.astype(x.dtype)

    def forward(y):
        return _conv2d_lax(y, w, stride, pads, dilation, groups)

    (y,) = jax.linear_transpose(forward, jax.ShapeDtypeStruct(out_shape, x.dtype))(x)
    return y


def _pool_pads(pad_mode, padding, hw, kernel, stride, dilation=(1, 1), ceil_mode=False):
    """Per-dim (before, after) padding and a flag for 'same' pooling."""
    if pad_mode == "SAME":
        return _conv_padding("same", 0, hw, kernel, stride, dilation)
    if pad_mode == "VALID":
        return [(0, 0), (0, 0)]
    pads = []
    for n, k, s, d, p in zip(hw, kernel, stride, dilation, padding):
        eff = d * (k - 1) + 1
        span = n + 2 * p - eff
        if ceil_mode:
            out = -(-span // s) + 1
            if (out - 1) * s >= n + p:  # the last window must start inside input + left pad
                out -= 1
        else:
            out = span // s + 1
        extra = max((out - 1) * s + eff - (n + 2 * p), 0)
        pads.append((p, p + extra))
    return pads


def _check_pool_out(prim, x, kernel, stride, pads, dilation=(1, 1)):
    for i in range(2):
        n = x.shape[2 + i] + pads[i][0] + pads[i][1]
        if n < dilation[i] * (kernel[i] - 1) + 1:
            raise RuntimeError(f"For '{prim}' op, H_out/W_out must be positive, but H_out/W_out "
                               f"is 0, please check input and parameters of op")


def max_pool2d_nchw(x, kernel, stride, pad_mode="VALID", padding=(0, 0), dilation=(1, 1),
                    ceil_mode=False):
    """Max pooling of an NCHW array; padded positions never win (``-inf``)."""
    pads = _pool_pads(pad_mode, padding, x.shape[2:], kernel, stride, dilation, ceil_mode)
    _check_pool_out("MaxPool", x, kernel, stride, pads, dilation)
    return _max_pool_raw(x, tuple(kernel), tuple(stride), tuple(tuple(p) for p in pads),
                         tuple(dilation))


def _max_pool_raw(x, kernel, stride, pads, dilation):
    pads = [tuple(p) for p in pads]
    # a numpy constant, not jnp: under a trace jnp.array is staged, and lax.reduce_window only
    # recognises (and differentiates) max pooling with a concrete init value
    init = np.array(-np.inf if x.dtype.kind == "f" else np.iinfo(x.dtype).min, x.dtype)
    if tuple(dilation) != (1, 1):
        # JAX has no VJP for dilated max windows: gather the window taps and pick the first max
        # (which is where the gradient goes, as with MindSpore's argmax-based backward).
        xp = jnp.pad(x, [(0, 0), (0, 0)] + pads, constant_values=init)
        out_hw = [(xp.shape[2 + i] - dilation[i] * (kernel[i] - 1) - 1) // stride[i] + 1
                  for i in range(2)]
        taps = [xp[:, :, i * dilation[0]: i * dilation[0] + (out_hw[0] - 1) * stride[0] + 1:
                   stride[0],
                   j * dilation[1]: j * dilation[1] + (out_hw[1] - 1) * stride[1] + 1: stride[1]]
                for i in range(kernel[0]) for j in range(kernel[1])]
        stacked = jnp.stack(taps, axis=-1)
        first = jnp.argmax(stacked, axis=-1)
        return jnp.take_along_axis(stacked, first[..., None], axis=-1)[..., 0]
    return jax.lax.reduce_window(x, init, jax.lax.max, (1, 1) + tuple(kernel),
                                 (1, 1) + tuple(stride), [(0, 0), (0, 0)] + pads,
                                 window_dilation=(1, 1) + tuple(dilation))


def avg_pool2d_nchw(x, kernel, stride, pad_mode="VALID", padding=(0, 0), ceil_mode=False,
                    count_include_pad=True, divisor_override=0):
    """Average pooling of an NCHW array with MindSpore's divisors ('same' counts only real
    elements; 'pad' counts the explicit padding unless ``count_include_pad=False``)."""
    pads = _pool_pads(pad_mode, padding, x.shape[2:], kernel, stride, (1, 1), ceil_mode)
    _check_pool_out("AvgPool", x, kernel, stride, pads)
    return _avg_pool_raw(x, tuple(kernel), tuple(stride), pad_mode, tuple(padding),
                         tuple(tuple(p) for p in pads), bool(count_include_pad),
                         divisor_override or 0)


def _avg_pool_raw(x, kernel, stride, pad_mode, padding, pads, count_include_pad,
                  divisor_override):
    pads = [tuple(p) for p in pads]
    win, strd = (1, 1) + tuple(kernel), (1, 1) + tuple(stride)
    full_pads = [(0, 0), (0, 0)] + pads
    zero = np.array(0, x.dtype)  # concrete init: see max pooling
    total = jax.lax.reduce_window(x, zero, jax.lax.add, win, strd, full_pads)
    if divisor_override:
        return total / jnp.asarray(divisor_override, x.dtype)
    h, w = x.shape[2:]
    if pad_mode == "PAD" and count_include_pad:
        # the explicit padding counts, the ceil-mode overhang does not
        ones = jnp.ones((1, 1, h + 2 * padding[0], w + 2 * padding[1]), x.dtype)
        cpads = [(0, 0), (0, 0)] + [(0, pads[i][1] - padding[i]) for i in range(2)]
    else:
        ones = jnp.ones((1, 1, h, w), x.dtype)
        cpads = full_pads
    count = jax.lax.reduce_window(ones, zero, jax.lax.add, win, strd, cpads)
    return total / count


def _adaptive_matrix(n_in, n_out, dtype):
    """(n_out, n_in) averaging matrix of adaptive pooling: bin i = [floor(i n/o), ceil((i+1) n/o))."""
    m = np.zeros((n_out, n_in), np.float64)
    for i in range(n_out):
        start = (i * n_in) // n_out
        end = -(-((i + 1) * n_in) // n_out)
        m[i, start:end] = 1.0 / (end - start)
    return jnp.asarray(m, dtype)


def _adaptive_raw(x, oh, ow):
    h, w = x.shape[-2:]
    mh = _adaptive_matrix(h, oh, x.dtype)
    mw = _adaptive_matrix(w, ow, x.dtype)
    return jnp.einsum("ih,...hw,jw->...ij", mh, x, mw, precision=jax.lax.Precision.HIGHEST)
