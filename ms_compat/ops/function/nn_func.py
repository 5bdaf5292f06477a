"""``mindspore.ops`` neural-network functions (``mindspore/ops/function/nn_func.py``)."""
from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np

from ..._src import promotion
from ._util import arr, wrap

_REDUCTIONS = ("mean", "sum", "none")


def _check_reduction(name, reduction):
    if reduction not in _REDUCTIONS:
        raise ValueError(f"For '{name}', the 'reduction' must be in ['mean', 'sum', 'none'], "
                         f"but got {reduction}.")


def _reduce(x, reduction):
    if reduction == "mean":
        return jnp.mean(x)
    if reduction == "sum":
        return jnp.sum(x)
    return x


def relu(input):
    return wrap(jax.nn.relu(arr(input)))


def relu6(x):
    return wrap(jax.nn.relu6(arr(x)))


def sigmoid(input):
    return wrap(jax.nn.sigmoid(promotion.to_float(arr(input))))


def tanh(input):
    return wrap(jnp.tanh(promotion.to_float(arr(input))))


def softmax(input, axis=-1, *, dtype=None):
    return wrap(jax.nn.softmax(promotion.to_float(arr(input)), axis=axis))


def log_softmax(logits, axis=-1):
    return wrap(jax.nn.log_softmax(promotion.to_float(arr(logits)), axis=axis))


def gelu(input, approximate="none"):
    return wrap(jax.nn.gelu(arr(input), approximate=(approximate == "tanh")))


def silu(input):
    return wrap(jax.nn.silu(arr(input)))


def leaky_relu(input, alpha=0.2):
    return wrap(jax.nn.leaky_relu(arr(input), alpha))


def elu(input_x, alpha=1.0):
    return wrap(jax.nn.elu(arr(input_x), alpha))


def softplus(input, beta=1, threshold=20):
    x = arr(input)
    return wrap(jnp.where(x * beta > threshold, x, jnp.log1p(jnp.exp(beta * x)) / beta))


def mse_loss(input, target, reduction="mean"):
    _check_reduction("mse_loss", reduction)
    x, y = promotion.operands(input, target)
    return wrap(_reduce(jnp.square(x - y), reduction))


def l1_loss(input, target, reduction="mean"):
    _check_reduction("l1_loss", reduction)
    x, y = promotion.operands(input, target)
    return wrap(_reduce(jnp.abs(x - y), reduction))


def binary_cross_entropy_with_logits(input, target, weight=None, pos_weight=None,
                                     reduction="mean"):
    """``-w [pos_weight*y*log(sigmoid(x)) + (1-y) log(1-sigmoid(x))]``, numerically stable."""
    _check_reduction("binary_cross_entropy_with_logits", reduction)
    x, y = arr(input), arr(target)
    log_sig = jax.nn.log_sigmoid(x)
    log_one_minus = jax.nn.log_sigmoid(-x)
    if pos_weight is not None:
        loss = -(arr(pos_weight) * y * log_sig + (1 - y) * log_one_minus)
    else:
        loss = -(y * log_sig + (1 - y) * log_one_minus)
    if weight is not None:
        loss = loss * arr(weight)
    return wrap(_reduce(loss, reduction).astype(x.dtype))


def binary_cross_entropy(input, target, weight=None, reduction="mean"):
    _check_reduction("binary_cross_entropy", reduction)
    x, y = arr(input), arr(target)
    eps = 1e-12
    loss = -(y * jnp.log(jnp.clip(x, eps)) + (1 - y) * jnp.log(jnp.clip(1 - x, eps)))
    if weight is not None:
        loss = loss * arr(weight)
    return wrap(_reduce(loss, reduction))


def dense(input, weight, bias=None):
    """``ops.dense``: ``input @ weight.T + bias`` (weight is ``(out, in)``)."""
    y = jnp.matmul(arr(input), jnp.swapaxes(arr(weight), -1, -2))
    if bias is not None:
        y = y + arr(bias)
    return wrap(y)


__all__ = [n for n in dir() if not n.startswith("_") and n not in
           ("jax", "jnp", "np", "promotion", "arr", "wrap", "annotations")]
