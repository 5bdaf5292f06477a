"""Normalisation kernels on JAX arrays (part of ``mindspore.ops`` nn functions): batch norm
(biased variance for the output, unbiased for the moving variance; moving statistics written as
Parameter state), MindSpore's ``LayerNorm`` primitive axes, group norm."""
from __future__ import annotations

import jax
import jax.numpy as jnp

from ._util import wrap


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


def update_moving_stats(moving_mean, moving_var, mean, var, momentum):
    """``moving = (1 - momentum) * moving + momentum * batch`` written as Parameter state."""
    from ..._src.parameter import Parameter  # lazy: parameter imports tensor helpers
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


def group_norm_arrays(x, num_groups, gamma, beta, eps):
    n, c = x.shape[:2]
    g = x.reshape(n, num_groups, -1)
    mean = jnp.mean(g, axis=-1, keepdims=True)
    var = jnp.mean(jnp.square(g - mean), axis=-1, keepdims=True)
    y = ((g - mean) * jax.lax.rsqrt(var + eps)).reshape(x.shape)
    shape = (1, c) + (1,) * (x.ndim - 2)
    return y * gamma.reshape(shape) + beta.reshape(shape)
