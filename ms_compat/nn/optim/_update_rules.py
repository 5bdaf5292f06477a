"""The per-Parameter update formulas of MindSpore 2.10's optimizer kernels, as pure functions.

Each rule takes the current arrays (parameter, gradient, optimizer state, hyper-parameters as
Float32 scalars) and returns the new arrays; the optimizer Cells read the state Parameters, call
a rule and write the results back with ``ops.assign``. The rules are ``jax.jit``-compiled (one
dispatch per Parameter when run eagerly) and simply inline when an outer ``ms.jit`` or
``TrainOneStepCell`` traces the step.

The formulas follow MindSpore's CPU kernels, including details a textbook version differs in:
  * SGD keeps a ``stat`` flag per element: while it is positive (first step) the momentum buffer
    is set to the gradient; with ``momentum == 0`` neither ``accum`` nor ``stat`` changes;
  * Adam / RMSProp update their moments as ``m + (g - m) * (1 - beta)``;
  * Adagrad has no epsilon (``var -= lr * g / sqrt(accum)``);
  * AdamWeightDecay has no bias correction and adds ``weight_decay * var`` to the update;
  * Momentum with ``use_nesterov`` applies ``var -= lr * g + lr * momentum * accum`` (MindSpore's
    documented formula; its CPU kernel ignores the flag, a bug not copied here).
Optax is not used: none of its transformations is exactly one of these formulas (optax's Adam
bias-corrects the moments rather than the step size, its SGD has no ``stat``/dampening).
"""
from __future__ import annotations

import functools

import jax
import jax.numpy as jnp

_keep = jax.lax.optimization_barrier  # stops XLA re-associating (lr * m) / d as lr * (m / d)

__all__ = ["sgd", "sgd_plain", "momentum", "adam", "adam_amsgrad", "adam_weight_decay", "rmsprop",
           "rmsprop_centered", "adagrad", "lamb", "centralize", "decay"]


@functools.partial(jax.jit, static_argnames=("dampening", "nesterov"))
def sgd(param, grad, lr, accum, momentum, stat, *, dampening, nesterov):
    dt = param.dtype
    lr, momentum = lr.astype(dt), momentum.astype(dt)
    first = stat > 0
    accum_m = jnp.where(first, grad, accum * momentum + jnp.asarray(1.0 - dampening, dt) * grad)
    step_m = grad + momentum * accum_m if nesterov else accum_m
    use_m = momentum > 0
    new_accum = jnp.where(use_m, accum_m, accum)
    new_stat = jnp.where(use_m, jnp.zeros_like(stat), stat)
    step = jnp.where(use_m, step_m, grad)
    return param - lr * step, new_accum, new_stat


@jax.jit
def sgd_plain(param, grad, lr):
    """``sgd`` at momentum 0 (known when the step is built): the same update, with ``accum`` and
    ``stat`` unchanged, so they need not be read or written."""
    return param - lr.astype(param.dtype) * grad


@functools.partial(jax.jit, static_argnames=("nesterov",))
def momentum(param, accum, lr, grad, mom, *, nesterov):
    dt = param.dtype
    lr, mom = lr.astype(dt), mom.astype(dt)
    new_accum = accum * mom + grad
    if nesterov:
        new_param = param - grad * lr - new_accum * mom * lr
    else:
        new_param = param - lr * new_accum
    return new_param, new_accum


def _adam_lr(lr, beta1_power, beta2_power, dt):
    one = jnp.asarray(1.0, dt)
    return lr.astype(dt) * jnp.sqrt(one - beta2_power.astype(dt)) / (one - beta1_power.astype(dt))


@functools.partial(jax.jit, static_argnames=("nesterov",))
def adam(param, m, v, beta1_power, beta2_power, lr, beta1, beta2, eps, grad, *, nesterov):
    dt = param.dtype
    one = jnp.asarray(1.0, dt)
    beta1, beta2, eps = beta1.astype(dt), beta2.astype(dt), eps.astype(dt)
    lr_t = _adam_lr(lr, beta1_power, beta2_power, dt)
    new_m = m + (grad - m) * (one - beta1)
    new_v = v + (grad * grad - v) * (one - beta2)
    numer = new_m * beta1 + (one - beta1) * grad if nesterov else new_m
    return param - _keep(lr_t * numer) / (jnp.sqrt(new_v) + eps), new_m, new_v


@jax.jit
def adam_amsgrad(param, m, v, vhat, beta1_power, beta2_power, lr, beta1, beta2, eps, grad):
    dt = param.dtype
    one = jnp.asarray(1.0, dt)
    beta1, beta2, eps = beta1.astype(dt), beta2.astype(dt), eps.astype(dt)
    lr_t = _adam_lr(lr, beta1_power, beta2_power, dt)
    new_m = beta1 * m + (one - beta1) * grad
    new_v = beta2 * v + (one - beta2) * grad * grad
    new_vhat = jnp.maximum(vhat, new_v)
    return param - _keep(lr_t * new_m) / (jnp.sqrt(new_vhat) + eps), new_m, new_v, new_vhat


@jax.jit
def adam_weight_decay(param, m, v, lr, beta1, beta2, eps, weight_decay, grad):
    dt = param.dtype
    one = jnp.asarray(1.0, dt)
    beta1, beta2, eps = beta1.astype(dt), beta2.astype(dt), eps.astype(dt)
    new_m = m + (grad - m) * (one - beta1)
    new_v = v + (grad * grad - v) * (one - beta2)
    update = new_m / (jnp.sqrt(new_v) + eps) + weight_decay.astype(dt) * param
    return param - lr.astype(dt) * update, new_m, new_v


@jax.jit
def rmsprop(param, mean_square, moment, lr, grad, decay, mom, eps):
    dt = param.dtype
    one = jnp.asarray(1.0, dt)
    new_ms = mean_square + (grad * grad - mean_square) * (one - decay.astype(dt))
    new_mom = moment * mom.astype(dt) + lr.astype(dt) * grad / jnp.sqrt(new_ms + eps.astype(dt))
    return param - new_mom, new_ms, new_mom


@jax.jit
def rmsprop_centered(param, mean_grad, mean_square, moment, grad, lr, decay, mom, eps):
    dt = param.dtype
    one = jnp.asarray(1.0, dt)
    keep = one - decay.astype(dt)
    new_mg = mean_grad + (grad - mean_grad) * keep
    new_ms = mean_square + (grad * grad - mean_square) * keep
    denom = jnp.sqrt(new_ms - new_mg * new_mg + eps.astype(dt))
    new_mom = moment * mom.astype(dt) + lr.astype(dt) * grad / denom
    return param - new_mom, new_mg, new_ms, new_mom


@functools.partial(jax.jit, static_argnames=("update_slots",))
def adagrad(param, accum, lr, grad, *, update_slots):
    new_accum = accum + grad * grad if update_slots else accum
    return param - lr.astype(param.dtype) * grad / jnp.sqrt(new_accum), new_accum


@jax.jit
def lamb(param, m, v, lr, beta1, beta2, eps, weight_decay, global_step, grad):
    dt = param.dtype
    one = jnp.asarray(1.0, dt)
    beta1, beta2, eps = beta1.astype(dt), beta2.astype(dt), eps.astype(dt)
    t = global_step.astype(dt).reshape(())
    new_m = beta1 * m + (one - beta1) * grad
    new_v = beta2 * v + (one - beta2) * grad * grad
    m_hat = new_m / (one - jnp.power(beta1, t))
    v_hat = new_v / (one - jnp.power(beta2, t))
    update = m_hat / (jnp.sqrt(v_hat) + eps) + weight_decay.astype(dt) * param
    w_norm = jnp.sqrt(jnp.sum(param * param))
    u_norm = jnp.sqrt(jnp.sum(update * update))
    ratio = jnp.where((w_norm > 0) & (u_norm > 0), w_norm / jnp.where(u_norm > 0, u_norm, one), one)
    return param - lr.astype(dt) * ratio * update, new_m, new_v


@jax.jit
def decay(weight_decay, param, grad):
    """``grad + param * weight_decay`` (MindSpore's ``decay_weight``)."""
    return grad + param * weight_decay.astype(param.dtype)


def centralize(grad):
    """Gradient centralization: subtract the mean over every axis but the first, for gradients of
    rank >= 2 whose second dimension is a multiple of 16 (MindSpore's rule); others unchanged."""
    if grad.ndim < 2 or grad.shape[1] % 16 != 0:
        return grad
    return grad - jnp.mean(grad, axis=tuple(range(1, grad.ndim)), keepdims=True)
