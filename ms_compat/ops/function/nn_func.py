"""``mindspore.ops`` neural-network functions (``mindspore/ops/function/nn_func.py``).

The layers of ``mindspore.nn`` call these. Formulas, defaults and error messages are MindSpore
2.10's (CPU), each checked against it by the conformance cases ``nn_layers_*`` / ``nn_losses_*``:

  * convolutions take MindSpore's ``pad_mode`` ('same' pads ``total // 2`` before and the rest
    after, as MindSpore/TF do) and a 4-tuple ``padding`` (top, bottom, left, right); the
    transposed convolution is the exact adjoint of the forward one (MindSpore's
    ``Conv2DBackpropInput``), computed with ``jax.linear_transpose``;
  * average pooling with ``pad_mode='same'`` divides by the number of real (unpadded) elements;
  * batch norm normalises with the biased batch variance and updates the moving variance with the
    unbiased one;
  * losses reduce like ``LossBase.get_loss`` (cast to float32, reduce, cast back);
  * ``cross_entropy`` / ``nll_loss`` follow MindSpore's weighted-mean and label-smoothing rules.
"""
from __future__ import annotations

import numbers

import jax
import jax.numpy as jnp
import numpy as np

from ..._src import dtype as mstype
from ..._src import promotion
from ..._src.tensor import Tensor
from ._util import arr, wrap

_REDUCTIONS = ("mean", "sum", "none")
_F32 = np.dtype(np.float32)


# ----------------------------------------------------------------------------- argument checks
def _check_reduction(name, reduction):
    if reduction not in _REDUCTIONS:
        raise ValueError(f"For '{name}', the 'reduction' must be in ['mean', 'sum', 'none'], "
                         f"but got {reduction}.")


def _check_is_tensor(prim, arg_name, x, style="func"):
    """MindSpore's tensor checks: ``TypeError`` naming the argument and what it got.

    ``style="cell"`` is the loss Cells' ``_check_is_tensor`` wording, ``"func"`` the functional
    ops' wording.
    """
    if isinstance(x, Tensor):
        return
    if style == "cell":
        raise TypeError(f"For '{prim}', the '{arg_name}' must be "
                        f"'<class 'mindspore._c_expression.typing.TensorType'>', but got "
                        f"'{_ms_typeof(x)}'")
    raise TypeError(f"For '{prim}', the '{arg_name}' must be a Tensor, but got "
                    f"'{_ms_typeof(x)}'")


def _ms_typeof(x):
    """The name MindSpore's ``ops.typeof`` prints for a value (``List[Int64*2]`` ...)."""
    if isinstance(x, Tensor):
        return f"Tensor[{x.dtype}]"
    if isinstance(x, bool):
        return "Bool"
    if isinstance(x, numbers.Integral):
        return "Int64"
    if isinstance(x, numbers.Real):
        return "Float32"
    if isinstance(x, (tuple, list)):
        kind = "Tuple" if isinstance(x, tuple) else "List"
        names = [_ms_typeof(v) for v in x]
        if names and all(n == names[0] for n in names):
            return f"{kind}[{names[0]}*{len(names)}]"
        return f"{kind}[{', '.join(names)}]"
    return "External"


def _check_same_shape_broadcast(prim, x, y):
    """MindSpore's message for operands that do not broadcast (``SubExt`` style)."""
    xs, ys = tuple(x.shape), tuple(y.shape)
    if xs == ys:
        return
    for k, (a, b) in enumerate(zip(reversed(xs), reversed(ys)), start=1):
        if a != b and a != 1 and b != 1:
            raise ValueError(f"For '{prim}', input.shape and other.shape need to broadcast. The "
                             f"value of input.shape[{len(xs) - k + 1}] or other.shape"
                             f"[{len(ys) - k + 1}] must be 1 or -1 when they are not the same, "
                             f"but got input.shape = {list(xs)} and other.shape = {list(ys)}")


def _pair(name, value, n=2):
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):
        return (int(value),) * n
    if isinstance(value, (tuple, list)):
        value = tuple(int(v) for v in value)
        if len(value) == n:
            return value
        if len(value) == 1:
            return value * n
        if len(value) == n + 2:  # (1, 1, h, w) style
            return value[2:]
    raise ValueError(f"The '{name}' must be an int or a tuple of {n} ints, but got {value}.")


def _reduce(x, reduction):
    if reduction == "mean":
        return jnp.mean(x)
    if reduction == "sum":
        return jnp.sum(x)
    return x


def get_loss(x, reduction, weights=1.0):
    """``LossBase.get_loss``: ``weights * x`` in float32, reduced, cast back to ``x``'s dtype."""
    w = weights._array() if isinstance(weights, Tensor) else weights
    return _get_loss_raw(x, jnp.asarray(w, _F32), reduction)


def _get_loss_raw(x, w, reduction):
    return _reduce(x.astype(_F32) * w.astype(_F32), reduction).astype(x.dtype)


# ----------------------------------------------------------------------------- activations
def relu(input):
    return wrap(jax.nn.relu(arr(input)))


def relu6(x):
    return wrap(jnp.clip(arr(x), 0, 6))


def sigmoid(input):
    return wrap(jax.nn.sigmoid(promotion.to_float(arr(input))))


def tanh(input):
    return wrap(jnp.tanh(promotion.to_float(arr(input))))


def softmax(input, axis=-1, *, dtype=None):
    x = promotion.to_float(arr(input))
    if dtype is not None:
        x = x.astype(mstype.to_np_dtype(mstype.as_ms_dtype(dtype)))
    return wrap(jax.nn.softmax(x, axis=axis))


def log_softmax(logits, axis=-1):
    return wrap(jax.nn.log_softmax(promotion.to_float(arr(logits)), axis=axis))


def gelu(input, approximate="none"):
    if approximate not in ("none", "tanh"):
        raise ValueError(f"For 'gelu', 'approximate' must be 'none' or 'tanh', but got "
                         f"{approximate}.")
    return wrap(jax.nn.gelu(arr(input), approximate=(approximate == "tanh")))


def silu(input):
    return wrap(jax.nn.silu(arr(input)))


def leaky_relu(input, alpha=0.2):
    """``max(alpha * x, x)`` (``min`` when ``alpha > 1``), as MindSpore computes it."""
    x = arr(input)
    a = jnp.asarray(alpha, x.dtype)
    return wrap(jnp.minimum(a * x, x) if alpha > 1 else jnp.maximum(a * x, x))


def elu(input_x, alpha=1.0):
    return wrap(jax.nn.elu(arr(input_x), alpha))


def softplus(input, beta=1, threshold=20):
    x = arr(input)
    return wrap(jnp.where(x * beta > threshold, x, jnp.log1p(jnp.exp(beta * x)) / beta))


# ----------------------------------------------------------------------------- dense / conv
def dense(input, weight, bias=None):
    """``ops.dense``: ``input @ weight.T + bias`` (weight is ``(out, in)``)."""
    y = jnp.matmul(arr(input), jnp.swapaxes(arr(weight), -1, -2))
    if bias is not None:
        y = y + arr(bias)
    return wrap(y)


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


def conv2d(input, weight, bias=None, stride=1, pad_mode="valid", padding=0, dilation=1, groups=1):
    """``ops.conv2d``: NCHW input, OIHW weight, MindSpore's ``pad_mode`` / ``padding``."""
    _check_conv_args(pad_mode, padding if not isinstance(padding, (tuple, list)) or
                     len(padding) == 4 else tuple(padding) * 2)
    x = arr(input)
    w = arr(weight)
    y = conv2d_nchw(x, w, _pair("stride", stride), pad_mode, padding,
                    _pair("dilation", dilation), groups)
    if bias is not None:
        y = y + arr(bias).reshape(1, -1, 1, 1)
    return wrap(y)


def conv1d(input, weight, bias=None, stride=1, pad_mode="valid", padding=0, dilation=1, groups=1):
    """``ops.conv1d``: NCL input, weight ``(out, in/groups, k)``."""
    x = arr(input)[:, :, None, :]
    w = arr(weight)[:, :, None, :]
    pad = (0, 0, int(padding), int(padding)) if isinstance(padding, numbers.Integral) else \
        (0, 0) + tuple(padding) * (2 // len(padding))
    y = conv2d_nchw(x, w, (1, int(stride)), pad_mode, pad, (1, int(dilation)), groups)
    if bias is not None:
        y = y + arr(bias).reshape(1, -1, 1, 1)
    return wrap(y[:, :, 0, :])


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


def conv_transpose2d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1,
                     dilation=1):
    """``ops.conv_transpose2d`` (PyTorch-style arguments; weight ``(in, out/groups, kh, kw)``)."""
    x, w = arr(input), arr(weight)
    s, d = _pair("stride", stride), _pair("dilation", dilation)
    p, op = _pair("padding", padding), _pair("output_padding", output_padding)
    out_hw = [(x.shape[2 + i] - 1) * s[i] - 2 * p[i] + d[i] * (w.shape[2 + i] - 1) + op[i] + 1
              for i in range(2)]
    out_shape = (x.shape[0], w.shape[1] * groups, out_hw[0], out_hw[1])
    y = conv2d_transpose_nchw(x, w, out_shape, s, "pad", (p[0], p[0] + op[0], p[1], p[1] + op[1]),
                              d, groups)
    if bias is not None:
        y = y + arr(bias).reshape(1, -1, 1, 1)
    return wrap(y)


# ----------------------------------------------------------------------------- pooling
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


def max_pool2d(x, kernel_size, stride=None, padding=0, dilation=1, return_indices=False,
               ceil_mode=False):
    """``ops.max_pool2d`` (explicit padding, ``-inf`` padded)."""
    a = arr(x)
    k = _pair("kernel_size", kernel_size)
    s = k if stride is None else _pair("stride", stride)
    out = max_pool2d_nchw(a, k, s, "PAD", _pair("padding", padding), _pair("dilation", dilation),
                          ceil_mode)
    if return_indices:
        raise NotImplementedError("ops.max_pool2d(return_indices=True) is not implemented in "
                                  "ms_compat.")
    return wrap(out)


def avg_pool2d(input_x, kernel_size=1, stride=1, padding=0, ceil_mode=False,
               count_include_pad=True, divisor_override=0):
    """``ops.avg_pool2d``."""
    a = arr(input_x)
    squeeze = a.ndim == 3
    if squeeze:
        a = a[None]
    out = avg_pool2d_nchw(a, _pair("kernel_size", kernel_size), _pair("stride", stride), "PAD",
                          _pair("padding", padding), ceil_mode, count_include_pad,
                          divisor_override or 0)
    return wrap(out[0] if squeeze else out)


def _adaptive_matrix(n_in, n_out, dtype):
    """(n_out, n_in) averaging matrix of adaptive pooling: bin i = [floor(i n/o), ceil((i+1) n/o))."""
    m = np.zeros((n_out, n_in), np.float64)
    for i in range(n_out):
        start = (i * n_in) // n_out
        end = -(-((i + 1) * n_in) // n_out)
        m[i, start:end] = 1.0 / (end - start)
    return jnp.asarray(m, dtype)


def adaptive_avg_pool2d(input, output_size):
    """``ops.adaptive_avg_pool2d``: (N, C, H, W) or (C, H, W); ``None`` in output_size keeps a dim."""
    x = arr(input)
    if x.ndim not in (3, 4):
        raise ValueError(f"For AdaptiveAvgPool2D, the dimension of input must be 3 or 4, but got "
                         f"{x.ndim}.")
    if isinstance(output_size, numbers.Integral):
        output_size = (output_size, output_size)
    h, w = x.shape[-2:]
    oh = h if output_size[0] is None else int(output_size[0])
    ow = w if output_size[1] is None else int(output_size[1])
    return wrap(_adaptive_raw(x, oh, ow))


def _adaptive_raw(x, oh, ow):
    h, w = x.shape[-2:]
    mh = _adaptive_matrix(h, oh, x.dtype)
    mw = _adaptive_matrix(w, ow, x.dtype)
    return jnp.einsum("ih,...hw,jw->...ij", mh, x, mw, precision=jax.lax.Precision.HIGHEST)


# ----------------------------------------------------------------------------- normalisation
def batch_norm_train(x, gamma, beta, eps):
    """Training-mode batch norm of a (N, C, ...) array: (y, batch mean, unbiased batch var)."""
    axes = (0,) + tuple(range(2, x.ndim))
    shape = (1, -1) + (1,) * (x.ndim - 2)
    mean = jnp.mean(x, axis=axes)
    var = jnp.mean(jnp.square(x - mean.reshape(shape)), axis=axes)
    n = x.size // x.shape[1]
    y = (x - mean.reshape(shape)) * jax.lax.rsqrt(var.reshape(shape) + eps)
    y = y * gamma.reshape(shape) + beta.reshape(shape)
    unbiased = var * (n / max(n - 1, 1))
    return y, mean, unbiased


def batch_norm_infer(x, gamma, beta, mean, var, eps):
    shape = (1, -1) + (1,) * (x.ndim - 2)
    y = (x - mean.reshape(shape)) * jax.lax.rsqrt(var.reshape(shape) + eps)
    return y * gamma.reshape(shape) + beta.reshape(shape)


def batch_norm(input_x, running_mean, running_var, weight, bias, training=False, momentum=0.1,
               eps=1e-05):
    """``ops.batch_norm``: in training mode normalises with the batch statistics and updates
    ``running_mean`` / ``running_var`` (Parameters) with ``momentum`` as the update factor."""
    x = arr(input_x)
    g, b = arr(weight).astype(x.dtype), arr(bias).astype(x.dtype)
    if not training:
        return wrap(batch_norm_infer(x, g, b, arr(running_mean).astype(x.dtype),
                                     arr(running_var).astype(x.dtype), eps))
    y, mean, var = batch_norm_train(x, g, b, eps)
    update_moving_stats(running_mean, running_var, mean, var, momentum)
    return wrap(y)


def update_moving_stats(moving_mean, moving_var, mean, var, momentum):
    """``moving = (1 - momentum) * moving + momentum * batch`` written as Parameter state."""
    from ..._src.parameter import Parameter
    for p, v in ((moving_mean, mean), (moving_var, var)):
        if isinstance(p, Parameter):
            old = p._array()
            new = old - (old - jax.lax.stop_gradient(v).astype(old.dtype)) * \
                jnp.asarray(momentum, old.dtype)
            p.set_data(wrap(new))


def layer_norm_arrays(x, gamma, beta, begin_norm_axis, begin_params_axis, eps):
    """MindSpore's ``LayerNorm`` primitive: statistics over ``x.shape[begin_norm_axis:]``,
    gamma/beta broadcast from ``begin_params_axis``."""
    nd = x.ndim
    bna = begin_norm_axis % nd if nd else 0
    bpa = begin_params_axis % nd if nd else 0
    axes = tuple(range(bna, nd))
    mean = jnp.mean(x, axis=axes, keepdims=True)
    var = jnp.mean(jnp.square(x - mean), axis=axes, keepdims=True)
    y = (x - mean) * jax.lax.rsqrt(var + eps)
    pshape = (1,) * bpa + tuple(x.shape[bpa:])
    return y * gamma.reshape(pshape) + beta.reshape(pshape)


def layer_norm(input, normalized_shape, weight=None, bias=None, eps=1e-05):
    """``ops.layer_norm``: normalise over the trailing ``normalized_shape`` dims."""
    x = arr(input)
    shape = (normalized_shape,) if isinstance(normalized_shape, int) else tuple(normalized_shape)
    g = jnp.ones(shape, x.dtype) if weight is None else arr(weight).astype(x.dtype)
    b = jnp.zeros(shape, x.dtype) if bias is None else arr(bias).astype(x.dtype)
    begin = x.ndim - len(shape)
    return wrap(layer_norm_arrays(x, g, b, begin, begin, eps))


def group_norm_arrays(x, num_groups, gamma, beta, eps):
    n, c = x.shape[:2]
    g = x.reshape(n, num_groups, -1)
    mean = jnp.mean(g, axis=-1, keepdims=True)
    var = jnp.mean(jnp.square(g - mean), axis=-1, keepdims=True)
    y = ((g - mean) * jax.lax.rsqrt(var + eps)).reshape(x.shape)
    shape = (1, c) + (1,) * (x.ndim - 2)
    return y * gamma.reshape(shape) + beta.reshape(shape)


def group_norm(input, num_groups, weight=None, bias=None, eps=1e-05):
    """``ops.group_norm``: (N, C, *) normalised per (sample, group of C/num_groups channels)."""
    x = arr(input)
    c = x.shape[1]
    g = jnp.ones((c,), x.dtype) if weight is None else arr(weight).astype(x.dtype)
    b = jnp.zeros((c,), x.dtype) if bias is None else arr(bias).astype(x.dtype)
    return wrap(group_norm_arrays(x, num_groups, g, b, eps))


# ----------------------------------------------------------------------------- dropout
def dropout(input, p=0.5, training=True, seed=None):
    """``ops.dropout``: zero each element with probability ``p``, scale the rest by ``1/(1-p)``.

    Each call builds a new MindSpore Dropout kernel (seeds from ``_get_graph_seed(seed,
    'dropout')``), so after ``set_seed`` the masks are MindSpore's, eagerly and under ``ms.jit``
    (see ``_src/random_kernels.py``).
    """
    if not isinstance(training, bool):
        raise TypeError(f"For 'dropout', the type of 'training' should be bool, but got "
                        f"{type(training).__name__}.")
    if not training:
        return input
    from ..._src import random_kernels  # lazy: host kernels
    kernel = random_kernels.dropout_kernel_for_op(seed)
    return wrap(apply_dropout(arr(input), 1.0 - p, kernel))


def apply_dropout(x, keep_prob, kernel):
    """One launch of a MindSpore Dropout ``kernel`` on the JAX array ``x`` (output only)."""
    from ..._src import random_kernels  # lazy: host kernels
    out, _ = random_kernels.apply_dropout(x, keep_prob, kernel)
    return out


# ----------------------------------------------------------------------------- losses
def mse_loss(input, target, reduction="mean"):
    if not isinstance(input, Tensor):
        raise TypeError("For ops.mse_loss, the `input` must be tensor")
    if not isinstance(target, Tensor):
        raise TypeError("For ops.mse_loss, the `target` must be tensor")
    if reduction not in _REDUCTIONS:
        raise ValueError("For ops.mse_loss, `reduction` value should be either 'mean', 'none' "
                         "or 'sum'.")
    x, y = promotion.operands(input, target)
    _check_same_shape_broadcast("SubExt", x, y)
    return wrap(get_loss(jnp.square(x - y), reduction))


def l1_loss(input, target, reduction="mean"):
    _check_is_tensor("l1_loss", "input", input)
    _check_is_tensor("l1_loss", "target", target)
    if reduction not in _REDUCTIONS:
        raise ValueError(f"For l1_loss, the 'reduction' must be in ['mean', 'sum', 'none'], but "
                         f"got {reduction}.")
    x, y = promotion.operands(input, target)
    _check_same_shape_broadcast("SubExt", x, y)
    return wrap(get_loss(jnp.abs(x - y), reduction))


def smooth_l1_loss(input, target, beta=1.0, reduction="none"):
    """``0.5 d^2 / beta`` where ``|d| < beta``, else ``|d| - 0.5 beta``."""
    x, y = arr(input), arr(target)
    if x.dtype != y.dtype or x.dtype.kind != "f":
        raise TypeError("Select CPU operator[SmoothL1Loss] fail! Unsupported data type!")
    if x.shape != y.shape:
        raise ValueError(f"For primitive[SmoothL1Loss], the prediction_shape: "
                         f"[{','.join(str(s) for s in x.shape)},] must be equal to "
                         f"[{','.join(str(s) for s in y.shape)},]")
    _check_reduction("SmoothL1Loss", reduction)
    if beta == 0.0:
        return wrap(_reduce(jnp.abs(x - y), reduction))
    d = jnp.abs(x - y)
    b = jnp.asarray(beta, x.dtype)
    loss = jnp.where(d < b, 0.5 * d * d / b, d - 0.5 * b)
    return wrap(_reduce(loss, reduction))


def binary_cross_entropy(logits, labels, weight=None, reduction="mean"):
    """``-w (y log x + (1 - y) log(1 - x))`` with the logs clamped at ``log(1e-12)``."""
    x, y = arr(logits), arr(labels)
    if x.dtype != y.dtype:
        raise TypeError(f"For primitive[BinaryCrossEntorpy], the input and target should have "
                        f"same type, but got: {mstype.from_np_dtype(x.dtype)} and "
                        f"{mstype.from_np_dtype(y.dtype)}.")
    if x.shape != y.shape:
        raise ValueError(f"For primitive[BinaryCrossEntropy], the input_shape: "
                         f"[{','.join(str(s) for s in x.shape)},] must be equal to "
                         f"[{','.join(str(s) for s in y.shape)},]")
    _check_reduction("BinaryCrossEntropy", reduction)
    eps = jnp.asarray(1e-12, x.dtype)
    loss = -(y * jnp.log(jnp.maximum(x, eps)) + (1 - y) * jnp.log(jnp.maximum(1 - x, eps)))
    if weight is not None:
        loss = loss * arr(weight).astype(x.dtype)
    return wrap(_reduce(loss, reduction))


def binary_cross_entropy_with_logits(input, target, weight=None, pos_weight=None,
                                     reduction="mean"):
    """``-w [pos_weight*y*log(sigmoid(x)) + (1-y) log(1-sigmoid(x))]``, numerically stable."""
    x, y = arr(input), arr(target)
    if y.dtype.kind != "f" or y.dtype == np.float64:
        raise TypeError(f"For primitive[BCEWithLogitsLoss], the input argument[target] must be a "
                        f"type of {{BFloat16, Float16, Float32}}, but got "
                        f"{mstype.from_np_dtype(y.dtype)}.")
    if x.shape != y.shape:
        raise ValueError(f"For 'BCEWithLogitsLoss', two inputs 'input' and 'target' shape are "
                         f"not equal, 'input' shape: [const vector]{{{', '.join(map(str, x.shape))}}}"
                         f", 'target' shape: [const vector]{{{', '.join(map(str, y.shape))}}}")
    _check_reduction("BCEWithLogitsLoss", reduction)
    log_sig = jax.nn.log_sigmoid(x)
    log_one_minus = jax.nn.log_sigmoid(-x)
    if pos_weight is not None:
        loss = -(arr(pos_weight) * y * log_sig + (1 - y) * log_one_minus)
    else:
        loss = -(y * log_sig + (1 - y) * log_one_minus)
    if weight is not None:
        loss = loss * arr(weight)
    return wrap(_reduce(loss, reduction).astype(x.dtype))


def softmax_cross_entropy_arrays(logits, labels):
    """Per-sample ``-sum(labels * log_softmax(logits))`` over the last axis."""
    return -jnp.sum(labels * jax.nn.log_softmax(logits, axis=-1), axis=-1)


def _nll(inputs, target, target_dim, weight, ignore_index, reduction, label_smoothing):
    """MindSpore's ``_nll_loss``: gather along ``target_dim``; weighted mean divides by the sum of
    the gathered weights; ``ignore_index`` entries count for nothing."""
    t = jnp.expand_dims(target, target_dim) if target.ndim == inputs.ndim - 1 else target
    pad = None
    if ignore_index is not None:
        pad = t == ignore_index
        t = jnp.where(pad, 0, t)
    tidx = t.astype(jnp.int32)
    if weight is not None:
        loss_w = jnp.take(weight, tidx, axis=0)
        wshape = [1] * inputs.ndim
        wshape[1 if inputs.ndim > 1 else 0] = weight.shape[0]
        weighted = inputs * weight.reshape(wshape)
        loss = -jnp.take_along_axis(weighted, tidx, axis=target_dim)
        smooth = -jnp.sum(weighted, axis=target_dim, keepdims=True)
    else:
        loss = -jnp.take_along_axis(inputs, tidx, axis=target_dim)
        smooth = -jnp.sum(inputs, axis=target_dim, keepdims=True)
        loss_w = jnp.ones_like(loss)
    if pad is not None:
        zero = jnp.zeros((), inputs.dtype)
        loss = jnp.where(pad, zero, loss)
        loss_w = jnp.where(pad, zero, loss_w)
        smooth = jnp.where(pad, zero, smooth)
    loss = jnp.squeeze(loss, target_dim)
    smooth = jnp.squeeze(smooth, target_dim)
    if reduction == "sum":
        loss, smooth = jnp.sum(loss), jnp.sum(smooth)
    elif reduction == "mean":
        total = jnp.sum(loss_w)
        loss, smooth = jnp.sum(loss) / total, jnp.sum(smooth) / total
    eps_i = label_smoothing / inputs.shape[target_dim]
    return (1.0 - label_smoothing) * loss + eps_i * smooth


def _check_index_target(prim, target):
    if target.dtype.kind not in "iu":
        raise TypeError(f"For primitive[{prim}], the input argument[index] must be a type of "
                        f"{{Tensor[Int32], Tensor[Int64]}}, but got "
                        f"Tensor[{mstype.from_np_dtype(target.dtype)}].")


def _check_gather_d(inputs, target, target_dim):
    """``GatherD``'s rules: integer index; index dims no larger than the input's (except along
    the gathered dim)."""
    _check_index_target("GatherD", target)
    t_shape = target.shape if target.ndim == inputs.ndim else \
        target.shape[:target_dim % inputs.ndim] + (1,) + target.shape[target_dim % inputs.ndim:]
    if len(t_shape) != inputs.ndim:
        raise ValueError(f"For primitive[GatherD], the rank of index must be equal to the rank "
                         f"of x, but got {len(t_shape)} and {inputs.ndim}.")
    for i, (n_t, n_x) in enumerate(zip(t_shape, inputs.shape)):
        if i != target_dim % inputs.ndim and n_t > n_x:
            raise ValueError(f"For primitive[GatherD], the x shape must be greater than or equal "
                             f"to {n_t}, but got {n_x}.")


def nll_loss_arrays(inputs, target, weight=None, ignore_index=-100, reduction="mean",
                    label_smoothing=0.0):
    nd = inputs.ndim
    if nd in (1, 2, 4):
        dim = {1: 0, 2: -1, 4: 1}[nd]
        _check_gather_d(inputs, target, dim)
        return _nll(inputs, target, dim, weight, ignore_index, reduction, label_smoothing)
    n, c = inputs.shape[:2]
    out_size = (n,) + inputs.shape[2:]
    x = inputs.reshape(n, c, 1, -1)
    t = target.reshape(n, 1, -1)
    _check_gather_d(x, t, 1)
    if reduction != "none":
        return _nll(x, t, 1, weight, ignore_index, reduction, label_smoothing)
    return _nll(x, t, 1, weight, ignore_index, "none", label_smoothing).reshape(out_size)


def nll_loss(inputs, target, weight=None, ignore_index=-100, reduction="mean",
             label_smoothing=0.0):
    """``ops.nll_loss`` on log-probabilities ``inputs`` (N, C, ...) and class indices."""
    _check_reduction("nll_loss", reduction)
    w = None if weight is None else arr(weight)
    return wrap(nll_loss_arrays(arr(inputs), arr(target), w, ignore_index, reduction,
                                label_smoothing))


def _cross_entropy_probs(x, target, weight, reduction, label_smoothing):
    class_dim = 0 if x.ndim == 1 else 1
    n_classes = x.shape[class_dim]
    logp = jax.nn.log_softmax(x, axis=class_dim)
    if label_smoothing > 0.0:
        target = target * (1 - label_smoothing) + label_smoothing / n_classes
    if weight is None:
        w = jnp.ones_like(logp)
    elif x.ndim != 1:
        shape = [1] * x.ndim
        shape[1] = weight.shape[0]
        w = weight.reshape(shape)
    else:
        w = weight
    prod = logp * target * w
    if reduction == "mean":
        return -jnp.sum(prod) / (x.size / n_classes)
    if reduction == "sum":
        return -jnp.sum(prod)
    return -jnp.sum(prod, axis=class_dim)


def cross_entropy(input, target, weight=None, ignore_index=-100, reduction="mean",
                  label_smoothing=0.0):
    """``ops.cross_entropy``: class indices (integer ``target``) or class probabilities (float)."""
    _check_is_tensor("cross_entropy_loss", "input", input)
    _check_is_tensor("cross_entropy_loss", "target", target)
    _check_reduction("cross_entropy_loss", reduction)
    x, t = arr(input), arr(target)
    if x.dtype not in (np.float64, np.float32, np.float16):
        raise TypeError(f"For cross_entropy, the input dtype should be mstype.float64, "
                        f"mstype.float32 ormstype.float16, but got dtype:"
                        f"{mstype.from_np_dtype(x.dtype)}.")
    w = None if weight is None else arr(weight)
    if t.dtype in (np.float32, np.float16):
        return wrap(_cross_entropy_probs(x, t, w, reduction, label_smoothing))
    class_dim = 0 if x.ndim == 1 else 1
    logp = _log_softmax_raw(x, class_dim)
    return wrap(nll_loss_arrays(logp, t, w, ignore_index, reduction, label_smoothing))


def _log_softmax_raw(x, axis):
    return jax.nn.log_softmax(x, axis=axis)


__all__ = ["relu", "relu6", "sigmoid", "tanh", "softmax", "log_softmax", "gelu", "silu",
           "leaky_relu", "elu", "softplus", "dense", "conv1d", "conv2d", "conv_transpose2d",
           "max_pool2d", "avg_pool2d", "adaptive_avg_pool2d", "batch_norm", "layer_norm",
           "group_norm", "dropout", "mse_loss", "l1_loss", "smooth_l1_loss",
           "binary_cross_entropy", "binary_cross_entropy_with_logits", "nll_loss",
           "cross_entropy"]


# ----------------------------------------------------------------------------- attention
def _neg_inf_mask(mask, dtype):
    """Bool masks become additive ``-inf`` masks; float masks are used as they are."""
    if mask.dtype == np.bool_:
        return jnp.where(mask, jnp.array(-jnp.inf, dtype), jnp.array(0, dtype))
    return mask.astype(dtype)


def multi_head_attention_arrays(query, key, value, num_heads, in_proj_weight, in_proj_bias,
                                bias_k, bias_v, add_zero_attn, dropout_p, out_w, out_b,
                                training=True, key_padding_mask=None, attn_mask=None,
                                q_proj_weight=None, k_proj_weight=None, v_proj_weight=None,
                                average_attn_weights=True, dropout_kernel=None):
    """MindSpore's ``multi_head_attention_forward`` on ``(L, N, E)`` arrays (unbatched inputs
    are ``(L, E)``). Scores are ``(q / d**0.25) @ (k / d**0.25)^T`` with ``d`` the head dim,
    as MindSpore scales both sides. Returns ``(output, weights)``."""
    batched = query.ndim == 3
    if not batched:
        query, key, value = query[:, None], key[:, None], value[:, None]
        if key_padding_mask is not None:
            key_padding_mask = key_padding_mask[None]
    tgt_len, bsz, embed_dim = query.shape
    head_dim = embed_dim // num_heads
    if q_proj_weight is None:
        w_q, w_k, w_v = jnp.split(in_proj_weight, 3)
    else:
        w_q, w_k, w_v = q_proj_weight, k_proj_weight, v_proj_weight
    if in_proj_bias is None:
        b_q = b_k = b_v = None
    else:
        b_q, b_k, b_v = jnp.split(in_proj_bias, 3)

    def linear(x, w, b):
        y = jnp.matmul(x, w.T)
        return y if b is None else y + b

    q, k, v = linear(query, w_q, b_q), linear(key, w_k, b_k), linear(value, w_v, b_v)
    dt = q.dtype
    if attn_mask is not None:
        if attn_mask.dtype == np.uint8:
            attn_mask = attn_mask.astype(np.bool_)
        if attn_mask.ndim == 2:
            attn_mask = attn_mask[None]
    if bias_k is not None and bias_v is not None:
        k = jnp.concatenate([k, jnp.tile(bias_k, (1, bsz, 1))])
        v = jnp.concatenate([v, jnp.tile(bias_v, (1, bsz, 1))])
        if attn_mask is not None:
            attn_mask = jnp.pad(attn_mask, [(0, 0)] * (attn_mask.ndim - 1) + [(0, 1)])
        if key_padding_mask is not None:
            key_padding_mask = jnp.pad(key_padding_mask, [(0, 0), (0, 1)])
    q = jnp.swapaxes(q.reshape(tgt_len, bsz * num_heads, head_dim), 0, 1)
    k = jnp.swapaxes(k.reshape(k.shape[0], bsz * num_heads, head_dim), 0, 1)
    v = jnp.swapaxes(v.reshape(v.shape[0], bsz * num_heads, head_dim), 0, 1)
    if add_zero_attn:
        zeros = jnp.zeros((bsz * num_heads, 1, head_dim), dt)
        k = jnp.concatenate([k, zeros], axis=1)
        v = jnp.concatenate([v, zeros], axis=1)
        if attn_mask is not None:
            attn_mask = jnp.pad(attn_mask, [(0, 0)] * (attn_mask.ndim - 1) + [(0, 1)])
        if key_padding_mask is not None:
            key_padding_mask = jnp.pad(key_padding_mask, [(0, 0), (0, 1)])
    src_len = k.shape[1]
    if key_padding_mask is not None:
        kpm = jnp.tile(key_padding_mask.reshape(bsz, 1, 1, src_len), (1, num_heads, 1, 1))
        kpm = kpm.reshape(bsz * num_heads, 1, src_len)
        if attn_mask is None:
            attn_mask = kpm
        elif attn_mask.dtype == np.bool_ and kpm.dtype == np.bool_:
            attn_mask = jnp.logical_or(attn_mask, kpm)
        else:
            # MindSpore adds the masks as they are: a bool mask added to a float one counts as
            # 0/1, not as -inf.
            attn_mask = attn_mask.astype(dt) + kpm.astype(dt)
    if attn_mask is not None:
        attn_mask = _neg_inf_mask(attn_mask, dt)
        if attn_mask.shape[0] == 1:
            attn_mask = attn_mask[None]
        else:
            attn_mask = attn_mask.reshape(bsz, num_heads, -1, src_len)
    q = q.reshape(bsz, num_heads, tgt_len, head_dim)
    k = k.reshape(bsz, num_heads, src_len, head_dim)
    v = v.reshape(bsz, num_heads, src_len, head_dim)
    scale = jnp.sqrt(jnp.sqrt(jnp.asarray(head_dim, dt)))
    attn = jnp.matmul(q / scale, jnp.swapaxes(k, -2, -1) / scale)
    if attn_mask is not None:
        attn = attn + attn_mask
    attn = jax.nn.softmax(attn, axis=-1)
    if training and 0.0 < dropout_p <= 1.0 and dropout_kernel is not None:
        attn = apply_dropout(attn, 1.0 - dropout_p, dropout_kernel)
    out = jnp.matmul(attn, v)
    out = jnp.transpose(out, (2, 0, 1, 3)).reshape(bsz * tgt_len, embed_dim)
    out = linear(out, out_w, out_b).reshape(tgt_len, bsz, -1)
    weights = attn.reshape(bsz, num_heads, tgt_len, src_len)
    if average_attn_weights:
        weights = jnp.sum(weights, axis=1) / num_heads
    if not batched:
        out, weights = out[:, 0], weights[0]
    return out, weights
