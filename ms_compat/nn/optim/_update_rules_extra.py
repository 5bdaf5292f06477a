"""Per-Parameter update formulas of the less common MindSpore 2.10 optimizers, as pure
``jax.jit`` functions (one compiled dispatch per Parameter when run eagerly; inlined when an
outer ``ms.jit`` / ``TrainOneStepCell`` traces the step). Companion of ``_update_rules.py``.

Each rule takes the current arrays (parameter, state, gradient) and hyper-parameters as
Float32 scalars and returns the new arrays; the optimizer Cells write them back with
``ops.assign``. Formulas follow MindSpore's CPU kernels (see each optimizer's docstring);
like those kernels, Float16/BFloat16 parameters and state are computed in Float32 and the
results cast back to their dtypes.
"""
from __future__ import annotations

import functools

import jax
import jax.numpy as jnp

from . import _update_rules as _R

__all__ = ["adadelta", "adamax", "rprop", "asgd", "proximal_adagrad", "ftrl", "lazy_adam"]

_LOW = (jnp.float16, jnp.bfloat16)
_keep = jax.lax.optimization_barrier  # stops XLA re-associating products and quotients


def _compute_dtype(dt):
    return jnp.float32 if dt in _LOW else dt


def _up(dt, *arrays):
    cdt = _compute_dtype(dt)
    return tuple(a.astype(cdt) for a in arrays)


def _rounded(product, zero):
    """``product`` rounded on its own before it is summed (as MindSpore's kernels do): XLA's CPU
    backend contracts ``a * b + c`` into one fused multiply-add (one rounding); adding a zero
    that is only known at run time makes the contraction ``fma(a, b, 0)``, the rounded
    product."""
    return product + zero


def _down(like, *arrays):
    return tuple(a.astype(x.dtype) for a, x in zip(arrays, like))


@jax.jit
def adadelta(param, accum, accum_update, lr, rho, eps, grad):
    """``accum = rho accum + (1 - rho) g^2``;
    ``u = g sqrt(accum_update + eps) / sqrt(accum + eps)``;
    ``accum_update = rho accum_update + (1 - rho) u^2``; ``w -= lr u``."""
    like = (param, accum, accum_update)
    dt = _compute_dtype(param.dtype)
    param, accum, accum_update, grad = _up(param.dtype, param, accum, accum_update, grad)
    one = jnp.asarray(1.0, dt)
    rho, eps, lr = rho.astype(dt), eps.astype(dt), lr.astype(dt)
    new_accum = rho * accum + (one - rho) * grad * grad
    update = jnp.sqrt(accum_update + eps) * grad / jnp.sqrt(new_accum + eps)
    new_accum_update = rho * accum_update + (one - rho) * update * update
    return _down(like, param - lr * update, new_accum, new_accum_update)


@jax.jit
def adamax(param, m, v, beta1_power, lr, beta1, beta2, eps, grad):
    """``m = beta1 m + (1 - beta1) g``; ``v = max(beta2 v, |g|)``;
    ``w -= lr / (1 - beta1_power) * m / (v + eps)``."""
    like = (param, m, v)
    dt = _compute_dtype(param.dtype)
    param, m, v, grad = _up(param.dtype, param, m, v, grad)
    one = jnp.asarray(1.0, dt)
    beta1, beta2, eps = beta1.astype(dt), beta2.astype(dt), eps.astype(dt)
    b1p = beta1_power.astype(dt).reshape(())
    zero = _keep(jnp.zeros((), dt))  # a runtime zero (not derived from grad: inf * 0 is NaN)
    new_m = _rounded(beta1 * m, zero) + _rounded((one - beta1) * grad, zero)
    new_v = jnp.maximum(beta2 * v, jnp.abs(grad))
    lr_t = _keep(lr.astype(dt) / (one - b1p))
    new_p = param - _keep(lr_t * new_m) / (new_v + eps)
    return _down(like, new_p, new_m, new_v)


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
    like = (param, accum)
    dt = _compute_dtype(param.dtype)
    param, accum, grad = _up(param.dtype, param, accum, grad)
    one = jnp.asarray(1.0, dt)
    l1, l2 = l1.astype(dt), l2.astype(dt)
    new_accum = accum + grad * grad
    lr_t = lr.astype(dt) / jnp.sqrt(new_accum)
    prox = param - lr_t * grad
    if use_l1:
        new_p = jnp.sign(prox) * jnp.maximum(jnp.abs(prox) - lr_t * l1, 0) / (one + l2 * lr_t)
    else:
        new_p = prox / (one + l2 * lr_t)
    return _down(like, new_p, new_accum)


@jax.jit
def ftrl(param, accum, linear, grad, lr, l1, l2, lr_power):
    """``n = accum + g^2``; ``linear += g - (n^-p - accum^-p) / lr * w``;
    ``w = (sign(linear) l1 - linear) / (n^-p / lr + 2 l2)`` where ``|linear| > l1`` else 0;
    ``accum = n`` (``p = lr_power``)."""
    like = (param, accum, linear)
    dt = _compute_dtype(param.dtype)
    param, accum, linear, grad = _up(param.dtype, param, accum, linear, grad)
    lr, l1, l2, p = lr.astype(dt), l1.astype(dt), l2.astype(dt), lr_power.astype(dt)
    new_accum = accum + grad * grad
    pow_new = jnp.power(new_accum, -p)
    pow_old = jnp.power(accum, -p)
    new_linear = linear + grad - (pow_new - pow_old) / lr * param
    quadratic = pow_new / lr + 2 * l2
    new_p = jnp.where(jnp.abs(new_linear) > l1,
                      (jnp.sign(new_linear) * l1 - new_linear) / quadratic, jnp.zeros_like(param))
    return _down(like, new_p, new_accum, new_linear)


@functools.partial(jax.jit, static_argnames=("nesterov",))
def lazy_adam(param, m, v, beta1_power, beta2_power, lr, beta1, beta2, eps, grad, *, nesterov):
    """MindSpore's ``Adam`` kernel (``_update_rules.adam``), Float16/BFloat16 computed in
    Float32."""
    like = (param, m, v)
    param, m, v, grad = _up(param.dtype, param, m, v, grad)
    out = _R.adam(param, m, v, beta1_power, beta2_power, lr, beta1, beta2, eps, grad,
                  nesterov=nesterov)
    return _down(like, *out)
