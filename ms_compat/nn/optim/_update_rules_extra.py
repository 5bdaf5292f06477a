"""Per-Parameter update formulas of the less common MindSpore 2.10 optimizers, as pure
``jax.jit`` functions (one compiled dispatch per Parameter when run eagerly; inlined when an
outer ``ms.jit`` / ``TrainOneStepCell`` traces the step). Companion of ``_update_rules.py``.

Each rule takes the current arrays (parameter, state, gradient) and hyper-parameters as
Float32 scalars and returns the new arrays; the optimizer Cells write them back with
``ops.assign``. Formulas follow MindSpore's CPU kernels (see each optimizer's docstring).
"""
from __future__ import annotations

import functools

import jax
import jax.numpy as jnp

__all__ = ["adadelta", "adamax", "rprop", "asgd", "proximal_adagrad", "ftrl", "lars_scale"]


@jax.jit
def adadelta(param, accum, accum_update, lr, rho, eps, grad):
    """``accum = rho accum + (1 - rho) g^2``;
    ``u = g sqrt(accum_update + eps) / sqrt(accum + eps)``;
    ``accum_update = rho accum_update + (1 - rho) u^2``; ``w -= lr u``."""
    dt = param.dtype
    one = jnp.asarray(1.0, dt)
    rho, eps, lr = rho.astype(dt), eps.astype(dt), lr.astype(dt)
    new_accum = rho * accum + (one - rho) * grad * grad
    update = jnp.sqrt(accum_update + eps) * grad / jnp.sqrt(new_accum + eps)
    new_accum_update = rho * accum_update + (one - rho) * update * update
    return param - lr * update, new_accum, new_accum_update


@jax.jit
def adamax(param, m, v, beta1_power, lr, beta1, beta2, eps, grad):
    """``m = beta1 m + (1 - beta1) g``; ``v = max(beta2 v, |g|)``;
    ``w -= lr / (1 - beta1_power) * m / (v + eps)``."""
    dt = param.dtype
    one = jnp.asarray(1.0, dt)
    beta1, beta2, eps = beta1.astype(dt), beta2.astype(dt), eps.astype(dt)
    b1p = beta1_power.astype(dt).reshape(())
    new_m = beta1 * m + (one - beta1) * grad
    new_v = jnp.maximum(beta2 * v, jnp.abs(grad))
    new_p = param - lr.astype(dt) / (one - b1p) * new_m / (new_v + eps)
    return new_p, new_m, new_v


@jax.jit
def rprop(param, prev, step_size, lr, first, grad, etaminus, etaplus, step_min, step_max):
    """Resilient propagation, computed in Float32 (the parameter's dtype for Float16/BFloat16):
    on the first step the step sizes start at ``lr``; ``s = sign(g * prev)`` becomes
    ``etaplus`` / ``etaminus`` / ``1`` for positive / negative / zero; ``step = clip(step * s,
    step_min, step_max)``; where ``s == etaminus`` the gradient is taken as 0;
    ``w -= sign(g) * step``; ``prev = g``."""
    dt = param.dtype
    cdt = dt if dt in (jnp.float16, jnp.bfloat16) else jnp.float32
    step = jnp.where(first, jnp.ones(step_size.shape, cdt) * lr.astype(cdt),
                     step_size.astype(cdt))
    g = grad.astype(cdt)
    sign = jnp.sign(g * prev.astype(cdt))
    factor = jnp.where(sign > 0, etaplus.astype(cdt), sign)
    factor = jnp.where(factor < 0, etaminus.astype(cdt), factor)
    factor = jnp.where(factor == 0, jnp.asarray(1.0, cdt), factor)
    step = jnp.clip(step * factor, step_min.astype(cdt), step_max.astype(cdt))
    g = jnp.where(factor == etaminus.astype(cdt), jnp.zeros_like(g), g)
    new_p = param.astype(cdt) - jnp.sign(g) * step
    return new_p.astype(dt), g.astype(prev.dtype), step.astype(step_size.dtype)


@jax.jit
def asgd(param, ax, mu, eta, lr, step, lambd, alpha, t0, grad):
    """Averaged SGD, computed in Float32: on step 1 ``eta = lr``;
    ``w = w (1 - lambd eta) - eta g``; ``ax += (w - ax) mu`` (``ax = w`` while ``mu == 1``);
    then ``eta = lr / (1 + lambd lr step)^alpha`` and ``mu = 1 / max(1, step - t0)``
    (``step`` counts from 1)."""
    f32 = jnp.float32
    lr = lr.astype(f32).reshape(())
    step = step.astype(f32).reshape(())
    eta = jnp.where(step == 1, lr, eta)
    w = param.astype(f32) * (1.0 - lambd * eta) - eta * grad.astype(f32)
    new_p = w.astype(param.dtype)
    new_ax = jnp.where(mu != 1, ax + ((w - ax.astype(f32)) * mu).astype(ax.dtype),
                       new_p.astype(ax.dtype))
    new_eta = lr / jnp.power(1.0 + lambd * lr * step, alpha)
    new_mu = 1.0 / jnp.maximum(f32(1.0), step - t0.reshape(()))
    return new_p, new_ax, new_mu.astype(mu.dtype), new_eta.astype(eta.dtype)


@functools.partial(jax.jit, static_argnames=("use_l1",))
def proximal_adagrad(param, accum, lr, l1, l2, grad, *, use_l1):
    """``accum += g^2``; ``lr_t = lr / sqrt(accum)``; ``v = w - lr_t g``;
    ``w = sign(v) max(|v| - lr_t l1, 0) / (1 + lr_t l2)`` (``v / (1 + lr_t l2)`` when
    ``l1 == 0``)."""
    dt = param.dtype
    one = jnp.asarray(1.0, dt)
    l1, l2 = l1.astype(dt), l2.astype(dt)
    new_accum = accum + grad * grad
    lr_t = lr.astype(dt) / jnp.sqrt(new_accum)
    prox = param - lr_t * grad
    if use_l1:
        new_p = jnp.sign(prox) * jnp.maximum(jnp.abs(prox) - lr_t * l1, 0) / (one + l2 * lr_t)
    else:
        new_p = prox / (one + l2 * lr_t)
    return new_p, new_accum


@jax.jit
def ftrl(param, accum, linear, grad, lr, l1, l2, lr_power):
    """``n = accum + g^2``; ``linear += g - (n^-p - accum^-p) / lr * w``;
    ``w = (sign(linear) l1 - linear) / (n^-p / lr + 2 l2)`` where ``|linear| > l1`` else 0;
    ``accum = n`` (``p = lr_power``)."""
    dt = param.dtype
    lr, l1, l2, p = lr.astype(dt), l1.astype(dt), l2.astype(dt), lr_power.astype(dt)
    new_accum = accum + grad * grad
    pow_new = jnp.power(new_accum, -p)
    pow_old = jnp.power(accum, -p)
    new_linear = linear + grad - (pow_new - pow_old) / lr * param
    quadratic = pow_new / lr + 2 * l2
    new_p = jnp.where(jnp.abs(new_linear) > l1,
                      (jnp.sign(new_linear) * l1 - new_linear) / quadratic, jnp.zeros_like(param))
    return new_p, new_accum, new_linear


@functools.partial(jax.jit, static_argnames=("use_clip",))
def lars_scale(param, grad, weight_decay, lr, epsilon, coefficient, *, use_clip):
    """LARS gradient rescaling: ``r = coefficient ||w|| / (||g|| + wd ||w|| + eps)`` (or
    ``min(r / lr, 1)`` with ``use_clip``) where both norms are positive, else 1;
    returns ``r (g + wd w)``."""
    dt = param.dtype
    wd, lr = weight_decay.astype(dt), lr.astype(dt)
    w_norm = jnp.sqrt(jnp.sum(param * param))
    g_norm = jnp.sqrt(jnp.sum(grad * grad))
    ratio = coefficient.astype(dt) * w_norm / (g_norm + wd * w_norm + epsilon.astype(dt))
    if use_clip:
        ratio = jnp.minimum(ratio / lr, jnp.asarray(1.0, dt))
    ratio = jnp.where((w_norm > 0) & (g_norm > 0), ratio, jnp.asarray(1.0, dt))
    return ratio * (grad + wd * param)
