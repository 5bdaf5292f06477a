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

This module holds the public functions; the array kernels they share with the layers live in
``_nn_conv`` (convolution, pooling), ``_nn_norm``, ``_nn_loss``, ``_nn_attention`` and
``_nn_util`` (checks, reductions).
"""
from __future__ import annotations

import numbers

import jax
import jax.numpy as jnp
import numpy as np

from ..._src import dtype as mstype
from ..._src import promotion
from ..._src.tensor import Tensor
# The array kernels below are also looked up on this module by name by the Primitive classes of
# ``ops/operations/nn_ops.py`` (``Conv2D``, ``MaxPool``, ``BatchNorm``, ``LayerNorm`` ...).
from ._nn_conv import (_adaptive_raw, _check_conv_args, _functional_padding, avg_pool2d_nchw,
                       conv2d_nchw, conv2d_transpose_nchw, max_pool2d_nchw)
from ._nn_loss import _cross_entropy_probs, _log_softmax_raw, nll_loss_arrays
from ._nn_norm import (batch_norm_infer, batch_norm_train, group_norm_arrays, layer_norm_arrays,
                       update_moving_stats)
from ._nn_util import (_REDUCTIONS, _check_is_tensor, _check_reduction,
                       _check_same_shape_broadcast, _pair, _reduce, get_loss)
from ._util import arr, wrap
from . import nn_activation_func as _act


# ----------------------------------------------------------------------------- activations

def relu(input):
    """``max(x, 0)``; any Tensor dtype (Bool and unsigned values are returned unchanged)."""
    a = _act.check_relu(input)
    if a.dtype.kind in "bu":
        return wrap(a)
    return wrap(jax.nn.relu(a))


def relu6(x):
    return wrap(jnp.clip(arr(x), 0, 6))


def sigmoid(input):
    """Float/complex Tensors only: MindSpore's CPU kernel rejects ints and Bool (TypeError)."""
    return wrap(jax.nn.sigmoid(_act.check_sigmoid(input)))


def tanh(input):
    return wrap(jnp.tanh(promotion.to_float(arr(input))))


def softmax(input, axis=-1, *, dtype=None):
    """Float Tensors only (TypeError for ints and Bool, as MindSpore); ``dtype`` casts the input
    first, so ``softmax(int_tensor, dtype=mstype.float32)`` works."""
    if dtype is not None and isinstance(input, Tensor):
        input = wrap(input._array().astype(mstype.to_np_dtype(mstype.as_ms_dtype(dtype))))
    x = _act.check_softmax(input)
    if x.dtype == jnp.float16:
        return wrap(_softmax_f16(x, axis))
    return wrap(jax.nn.softmax(x, axis=axis))


def _softmax_f16(x, axis):
    """Float16 softmax rounded as MindSpore's kernel rounds it: ``x - max``, ``exp`` and the sum
    are each rounded to float16, then ``e / sum`` is one true division (XLA's float16 softmax
    multiplies by a rounded reciprocal instead and differs in the last bit)."""
    f32, f16 = jnp.float32, jnp.float16
    d = (x - jax.lax.stop_gradient(jnp.max(x, axis=axis, keepdims=True))).astype(f16)
    e = jnp.exp(d.astype(f32)).astype(f16)
    s = jnp.sum(e.astype(f32), axis=axis, keepdims=True).astype(f16)
    return (e.astype(f32) / s.astype(f32)).astype(f16)


def log_softmax(logits, axis=-1):
    """Float Tensors only (TypeError for ints and Bool, as MindSpore's CPU kernel). Float16 is
    computed in float32 and rounded once at the end, as MindSpore's kernel does."""
    x = _act.check_log_softmax(logits)
    if x.dtype == jnp.float16:
        return wrap(jax.nn.log_softmax(x.astype(jnp.float32), axis=axis).astype(jnp.float16))
    return wrap(jax.nn.log_softmax(x, axis=axis))


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


def conv2d(input, weight, bias=None, stride=1, pad_mode="valid", padding=0, dilation=1, groups=1):
    """``ops.conv2d``: NCHW input, OIHW weight, MindSpore's ``pad_mode`` / ``padding``."""
    padding = _functional_padding(padding, 2)
    _check_conv_args(pad_mode, padding)
    y = conv2d_nchw(arr(input), arr(weight), _pair("stride", stride), pad_mode, padding,
                    _pair("dilation", dilation), groups)
    if bias is not None:
        y = y + arr(bias).reshape(1, -1, 1, 1)
    return wrap(y)


def conv1d(input, weight, bias=None, stride=1, pad_mode="valid", padding=0, dilation=1, groups=1):
    """``ops.conv1d``: NCL input, weight ``(out, in/groups, k)``; run as a 2-D convolution."""
    pad = _functional_padding(padding, 1)
    pad = (0, 0, pad, pad) if isinstance(pad, int) else (0, 0) + pad
    _check_conv_args(pad_mode, pad)
    x = arr(input)[:, :, None, :]
    w = arr(weight)[:, :, None, :]
    y = conv2d_nchw(x, w, (1, int(stride)), pad_mode, pad, (1, int(dilation)), groups)
    if bias is not None:
        y = y + arr(bias).reshape(1, -1, 1, 1)
    return wrap(y[:, :, 0, :])


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

def max_pool2d(x, kernel_size, stride=None, padding=0, dilation=1, return_indices=False,
               ceil_mode=False):
    """``ops.max_pool2d`` (explicit padding, ``-inf`` padded). ``return_indices=True`` also
    returns the Int64 flat index ``h * W + w`` (in the unpadded input) of each window's first
    maximum, as MindSpore's ``MaxPoolWithArgmaxV2``; that path needs a 4-D input."""
    a = arr(x)
    k = _pair("kernel_size", kernel_size)
    s = k if stride is None else _pair("stride", stride)
    if return_indices and a.ndim != 4:
        raise ValueError(f"For primitive[MaxPoolWithArgmaxV2], the input x rank must be equal to "
                         f"4, but got {a.ndim}.")
    pad, dil = _pair("padding", padding), _pair("dilation", dilation)
    out = max_pool2d_nchw(a, k, s, "PAD", pad, dil, ceil_mode)
    if return_indices:
        from ...nn.layer.pooling import _argmax_indices
        from ._nn_conv import _pool_pads
        pads = _pool_pads("PAD", pad, a.shape[2:], k, s, dil, ceil_mode)
        idx = _argmax_indices(jax.lax.stop_gradient(a), k, s, [tuple(p) for p in pads], dil)
        return wrap(out), wrap(idx)
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


# ----------------------------------------------------------------------------- normalisation

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


def layer_norm(input, normalized_shape, weight=None, bias=None, eps=1e-05):
    """``ops.layer_norm``: normalise over the trailing ``normalized_shape`` dims."""
    x = arr(input)
    shape = (normalized_shape,) if isinstance(normalized_shape, int) else tuple(normalized_shape)
    g = jnp.ones(shape, x.dtype) if weight is None else arr(weight).astype(x.dtype)
    b = jnp.zeros(shape, x.dtype) if bias is None else arr(bias).astype(x.dtype)
    begin = x.ndim - len(shape)
    return wrap(layer_norm_arrays(x, g, b, begin, begin, eps))


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
        raise TypeError(f"For 'dropout', the 'training' must be a bool, but got "
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


def nll_loss(inputs, target, weight=None, ignore_index=-100, reduction="mean",
             label_smoothing=0.0):
    """``ops.nll_loss`` on log-probabilities ``inputs`` (N, C, ...) and class indices."""
    _check_reduction("nll_loss", reduction)
    w = None if weight is None else arr(weight)
    return wrap(nll_loss_arrays(arr(inputs), arr(target), w, ignore_index, reduction,
                                label_smoothing))


def cross_entropy(input, target, weight=None, ignore_index=-100, reduction="mean",
                  label_smoothing=0.0):
    """``ops.cross_entropy``: class indices (integer ``target``) or class probabilities (float)."""
    _check_is_tensor("cross_entropy_loss", "input", input)
    _check_is_tensor("cross_entropy_loss", "target", target)
    if reduction not in ("none", "mean", "sum"):
        raise ValueError(f"For 'cross_entropy_loss', the 'reduction' must be str and must be in "
                         f"'['none', 'mean', 'sum']', but got '{reduction}'.")
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


__all__ = ["relu", "relu6", "sigmoid", "tanh", "softmax", "log_softmax", "gelu", "silu",
           "leaky_relu", "elu", "softplus", "dense", "conv1d", "conv2d", "conv_transpose2d",
           "max_pool2d", "avg_pool2d", "adaptive_avg_pool2d", "batch_norm", "layer_norm",
           "group_norm", "dropout", "mse_loss", "l1_loss", "smooth_l1_loss",
           "binary_cross_entropy", "binary_cross_entropy_with_logits", "nll_loss",
           "cross_entropy"]
