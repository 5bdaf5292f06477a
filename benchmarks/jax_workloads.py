"""Hand-written, idiomatic JAX versions of the benchmark workloads (``jax.jit`` over pure steps,
parameters as pytrees, donated) — the speed ms_compat is measured against."""
import jax
import jax.numpy as jnp
import numpy as np

import weights as W

F32 = jnp.float32


def _ce(logits, y):
    logp = jax.nn.log_softmax(logits, axis=-1)
    return -jnp.mean(jnp.take_along_axis(logp, y[:, None].astype(jnp.int32), axis=-1))


def _dense(x, w, b):
    return x @ w.T + b


def mlp_loss(params, x, y):
    w1, b1, w2, b2, w3, b3 = params
    h = x.reshape(x.shape[0], -1)
    h = jax.nn.relu(_dense(h, w1, b1))
    h = jax.nn.relu(_dense(h, w2, b2))
    return _ce(_dense(h, w3, b3), y)


def lenet_loss(params, x, y):
    c1, c2, w1, b1, w2, b2, w3, b3 = params

    def conv(v, k):
        return jax.lax.conv_general_dilated(v, k, (1, 1), "VALID",
                                            dimension_numbers=("NCHW", "OIHW", "NCHW"))

    def pool(v):
        return jax.lax.reduce_window(v, -jnp.inf, jax.lax.max, (1, 1, 2, 2), (1, 1, 2, 2), "VALID")

    h = pool(jax.nn.relu(conv(x, c1)))
    h = pool(jax.nn.relu(conv(h, c2)))
    h = h.reshape(h.shape[0], -1)
    h = jax.nn.relu(_dense(h, w1, b1))
    h = jax.nn.relu(_dense(h, w2, b2))
    return _ce(_dense(h, w3, b3), y)


def w1():
    params = [jnp.asarray(a) for a in W.mlp()]
    x, y = (jnp.asarray(a) for a in W.mlp_batch())

    @jax.jit
    def step(params, x, y):
        loss, g = jax.value_and_grad(mlp_loss)(params, x, y)
        return [p - 1e-2 * gi for p, gi in zip(params, g)], loss

    step = jax.jit(step, donate_argnums=0)
    state = {"p": params}

    def run():
        state["p"], loss = step(state["p"], x, y)
        return loss

    return run


def w2():
    params = [jnp.asarray(a) for a in W.lenet()]
    moments = [jnp.zeros_like(p) for p in params]
    x, y = (jnp.asarray(a) for a in W.lenet_batch())

    def step(params, moments, x, y):
        loss, g = jax.value_and_grad(lenet_loss)(params, x, y)
        moments = [0.9 * m + gi for m, gi in zip(moments, g)]
        return [p - 1e-2 * m for p, m in zip(params, moments)], moments, loss

    step = jax.jit(step, donate_argnums=(0, 1))
    state = {"p": params, "m": moments}

    def run():
        state["p"], state["m"], loss = step(state["p"], state["m"], x, y)
        return loss

    return run


def w3():
    a, b = (jnp.asarray(v) for v in W.small())
    x = jnp.asarray(W.small_input())

    def f(params, x):
        wa, wb = params
        return jnp.tanh(x @ wa + wb).sum()

    g = jax.jit(jax.value_and_grad(f))

    def run():
        return g((a, b), x)[0]

    return run


def w4():
    wt = jnp.asarray(W.tanh_layer())
    x, z = (jnp.asarray(v) for v in W.w4_inputs())

    def layer(v):
        return jnp.tanh(wt @ v)

    def scalar_fn(v):
        return (jnp.sin(v) * v).sum() + (v * v).sum() * 0.5

    both = jax.jit(lambda x, z: (jax.jacrev(layer)(x), jax.jacfwd(jax.jacrev(scalar_fn))(z)))

    def run():
        return both(x, z)[0]

    return run


WORKLOADS = {"W1": w1, "W2": w2, "W3": w3, "W4": w4}
