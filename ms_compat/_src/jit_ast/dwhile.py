"""A reverse-differentiable ``while`` loop.

MindSpore differentiates through ``while`` loops whose condition is a Tensor (checked on 2.10:
``grad`` of ``while x.sum() < 20: x = x * w`` gives the exact gradient for ``x`` and ``w``, both
as ``jit(grad(f))`` and ``grad(jit(f))``). ``jax.lax.while_loop`` has no reverse-mode rule, so the
loop here is a ``jax.custom_vjp``:

  * forward: one ``lax.while_loop`` that also counts the iterations ``n``;
  * backward: for ``k = n-1 .. 0`` recompute the carry after ``k`` iterations from the initial
    carry and pull the cotangent back through one body step (``jax.vjp`` of the body). That is
    ``O(n^2)`` body evaluations and ``O(1)`` extra memory; loops differentiated here are short
    (convergence loops, counters), and the forward pass pays nothing.

Only inexact (float / complex) carries and body constants receive cotangents; integer and bool
ones get ``float0`` zeros, as JAX requires. The condition's constants get zero cotangents (a
condition is boolean). Forward-mode (``jvp``) through this loop is not supported (JAX raises for
``custom_vjp``).
"""
from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np

__all__ = ["while_loop"]


def _inexact(x):
    return jnp.issubdtype(jnp.result_type(x), jnp.inexact)


def _zero_ct(x):
    x = jnp.asarray(x) if not hasattr(x, "shape") else x
    if _inexact(x):
        return jnp.zeros(x.shape, jnp.result_type(x))
    return np.zeros(x.shape, jax.dtypes.float0)


def _merge(full, floats, mask):
    it = iter(floats)
    return [next(it) if m else v for v, m in zip(full, mask)]


def while_loop(cond_fn, body_fn, consts_c, consts_b, init):
    """``while cond_fn(consts_c, carry): carry = body_fn(consts_b, carry)`` on flat lists of
    arrays; differentiable with respect to ``consts_b`` and ``init``."""
    consts_c, consts_b, init = list(consts_c), list(consts_b), list(init)

    @jax.custom_vjp
    def loop(cc, cb, carry):
        return jax.lax.while_loop(lambda c: cond_fn(cc, c), lambda c: body_fn(cb, c), carry)

    def fwd(cc, cb, carry):
        def cond2(s):
            return cond_fn(cc, s[0])

        def body2(s):
            return body_fn(cb, s[0]), s[1] + 1

        out, n = jax.lax.while_loop(cond2, body2, (carry, jnp.asarray(0, jnp.int32)))
        return out, (cc, cb, carry, n)

    def bwd(res, ct):
        cc, cb, carry0, n = res
        c_mask = [_inexact(v) for v in carry0]
        b_mask = [_inexact(v) for v in cb]
        ct_c = [jnp.asarray(g, jnp.result_type(v)) for g, v, m in zip(ct, carry0, c_mask) if m]
        acc = [jnp.zeros(jnp.shape(v), jnp.result_type(v)) for v, m in zip(cb, b_mask) if m]

        def step(j, st):
            ct_c, acc = st
            k = n - 1 - j
            carry_k = jax.lax.fori_loop(0, k, lambda i, c: body_fn(cb, c), carry0)

            def one(cf, bf):
                out = body_fn(_merge(cb, bf, b_mask), _merge(carry_k, cf, c_mask))
                return [o for o, m in zip(out, c_mask) if m]

            _, pull = jax.vjp(one, [v for v, m in zip(carry_k, c_mask) if m],
                              [v for v, m in zip(cb, b_mask) if m])
            d_c, d_b = pull(list(ct_c))
            return list(d_c), [a + b for a, b in zip(acc, d_b)]

        ct_c, acc = jax.lax.fori_loop(0, n, step, (ct_c, acc))
        it_c, it_b = iter(ct_c), iter(acc)
        ct_init = [next(it_c) if m else _zero_ct(v) for v, m in zip(carry0, c_mask)]
        ct_cb = [next(it_b) if m else _zero_ct(v) for v, m in zip(cb, b_mask)]
        return [_zero_ct(v) for v in cc], ct_cb, ct_init

    loop.defvjp(fwd, bwd)
    return loop(consts_c, consts_b, init)
