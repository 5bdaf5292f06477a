"""More ``mindspore.ops`` loss functions (MindSpore 2.10, ``mindspore/ops/function/nn_func.py``):
``huber_loss``, ``margin_ranking_loss``, ``cosine_embedding_loss``, ``gaussian_nll_loss``,
``triplet_margin_loss``, ``multi_margin_loss``. ``ops.kl_div`` lives in ``_ops_extra``.

Rules copied from MindSpore 2.10 (CPU), each checked by the conformance cases
``nn_losses_extra/*``:

  * the losses that reduce like ``LossBase.get_loss`` (Huber, MarginRanking, CosineEmbedding)
    compute the elementwise loss in the inputs' dtype, cast it to float32, reduce over all axes
    and cast back (float16 in, float16 out); ``reduction`` is checked after the arguments, with
    the message naming the function;
  * argument checks run in MindSpore's order, with its exception types and wording (messages
    name the function and the argument).
"""
from __future__ import annotations

import jax.numpy as jnp

from ..._src import promotion
from ._nn_util import _REDUCTIONS, _check_is_tensor, _check_same_shape_broadcast, get_loss
from ._util import wrap


def _check_reduction(name, reduction):
    if reduction not in _REDUCTIONS:
        raise ValueError(f"For '{name}', the 'reduction' must be in ['mean', 'sum', 'none'], "
                         f"but got {reduction}.")


def _check_value_type(arg_name, value, types, name):
    ok = isinstance(value, types) and not (isinstance(value, bool) and bool not in types)
    if not ok:
        names = [t.__name__ for t in types]
        if len(names) == 1:
            raise TypeError(f"For '{name}', the type of '{arg_name}' should be '{names[0]}', but "
                            f"got type '{type(value).__name__}'.")
        raise TypeError(f"For '{name}', the type of '{arg_name}' should be one of '{names}', but "
                        f"got type '{type(value).__name__}'.")


def _check_same_dtype(name, p1, x1, p2, x2):
    if x1.dtype != x2.dtype:
        raise TypeError(f"For {name}, the {p1} dtype should be equal to {p2} dtype, but got {p1} "
                        f"dtype:{x1.dtype}, {p2} dtype:{x2.dtype}.")


def _reduced(loss, reduction, name):
    _check_reduction(name, reduction)
    return get_loss(loss, reduction)


# ----------------------------------------------------------------------------- huber

def huber_loss_arrays(x, y, delta):
    """Elementwise Huber loss: ``0.5 d^2`` for ``|d| < delta``, else ``delta (|d| - delta/2)``."""
    promotion.check_broadcast("Sub", x, y)
    if x.dtype != y.dtype:
        dt = jnp.promote_types(x.dtype, y.dtype)
        x, y = x.astype(dt), y.astype(dt)
    z = jnp.abs(x - y)
    quad = 0.5 * jnp.square(z)
    lin = delta * (z - 0.5 * delta)
    return jnp.where(z < delta, quad, lin).astype(z.dtype)


def huber_loss(input, target, reduction="mean", delta=1.0):
    """``ops.huber_loss``: ``0.5 (x - y)^2`` where ``|x - y| < delta``, else
    ``delta * (|x - y| - 0.5 delta)``; ``target`` broadcasts against ``input``; ``delta`` is a
    positive int or float. Reduced as ``LossBase.get_loss`` (float32 accumulation)."""
    _check_is_tensor("huber_loss", "input", input)
    _check_is_tensor("huber_loss", "target", target)
    _check_value_type("delta", delta, (int, float), "huber_loss")
    if not delta > 0.0:
        raise ValueError(f"For 'huber_loss', the argument 'delta' must > 0.0, but got {delta}.")
    loss = huber_loss_arrays(input._array(), target._array(), delta)
    return wrap(_reduced(loss, reduction, "huber_loss"))


# ----------------------------------------------------------------------------- margin ranking

def margin_ranking_loss(input1, input2, target, margin=0.0, reduction="mean"):
    """``ops.margin_ranking_loss``: ``max(0, -target * (input1 - input2) + margin)``.

    As MindSpore: ``margin`` must be a Python float (an int is a TypeError); the three tensors
    must share one dtype (no promotion); shapes broadcast."""
    name = "margin_ranking_loss"
    _check_value_type("margin", margin, (float,), name)
    _check_is_tensor(name, "input1", input1)
    _check_is_tensor(name, "input2", input2)
    _check_is_tensor(name, "target", target)
    _check_same_dtype(name, "input1", input1, "input2", input2)
    _check_same_dtype(name, "target", target, "input1", input1)
    x1, x2, t = input1._array(), input2._array(), target._array()
    _check_same_shape_broadcast("SubExt", x1, x2)
    d = x1 - x2
    _check_same_shape_broadcast("Mul", t, d)
    loss = jnp.maximum(-t * d + jnp.asarray(margin, d.dtype), jnp.zeros((), d.dtype))
    return wrap(_reduced(loss, reduction, name))


# ----------------------------------------------------------------------------- cosine embedding

def cosine_embedding_arrays(x1, x2, target, margin):
    """Per-sample loss: cosine similarity over axis 1; ``1 - cos`` where ``target == 1``,
    ``max(cos - margin, 0)`` where ``target == -1``, 0 elsewhere (no epsilon in the norm)."""
    prod = jnp.sum(x1 * x2, axis=1)
    n1 = jnp.sqrt(jnp.sum(jnp.square(x1), axis=1))
    n2 = jnp.sqrt(jnp.sum(jnp.square(x2), axis=1))
    cos = prod / (n1 * n2)
    pos = 1.0 - cos
    neg = jnp.maximum(cos - jnp.asarray(margin, cos.dtype), jnp.zeros((), cos.dtype))
    zeros = jnp.zeros_like(cos)
    try:
        jnp.broadcast_shapes(target.shape, cos.shape)
    except ValueError:
        raise ValueError(f"For 'Select', the shape of 'cond' {list(target.shape)} can not "
                         f"broadcast with the cosine's shape {list(cos.shape)}.") from None
    return jnp.where(target == 1, pos, zeros) + jnp.where(target == -1, neg, zeros)


def cosine_embedding_loss(input1, input2, target, margin=0.0, reduction="mean"):
    """``ops.cosine_embedding_loss``: cosine similarity of ``input1`` and ``input2`` along
    dim 1; loss ``1 - cos`` for ``target == 1``, ``max(0, cos - margin)`` for ``target == -1``.

    As MindSpore: ``target``'s shape must be ``input1``'s without dim 1; int32/int64 inputs are
    cast to float32; ``margin`` (int or float) must lie in [-1, 1]."""
    name = "ops.cosine_embedding_loss"
    _check_is_tensor(name, "input1", input1)
    _check_is_tensor(name, "input2", input2)
    _check_is_tensor(name, "target", target)
    _check_same_dtype(name, "input1", input1, "input2", input2)
    s1 = tuple(input1.shape)
    exp = [v for i, v in enumerate(s1) if i != 1]
    if list(target.shape) != exp:
        raise ValueError(f"For '{name}', the shape of parameter 'input1' reduce on 'axis': (1,) "
                         f"must be equal to the shape of 'target': {tuple(target.shape)}, but got "
                         f"{s1}.")
    x1, x2 = input1._array(), input2._array()
    if x1.dtype in (jnp.int32, jnp.int64):
        x1 = x1.astype(jnp.float32)
    if x2.dtype in (jnp.int32, jnp.int64):
        x2 = x2.astype(jnp.float32)
    margin_f = float(margin) if isinstance(margin, int) and not isinstance(margin, bool) \
        else margin
    _check_value_type("margin", margin_f, (float,), name)
    if margin_f > 1.0 or margin_f < -1.0:
        raise ValueError(f"For ops.cosine_embedding_loss, the value of 'margin' should be in "
                         f"[-1, 1],but got {margin_f}.")
    if x1.shape != x2.shape:
        _check_same_shape_broadcast("Mul", x1, x2)
    loss = cosine_embedding_arrays(x1, x2, target._array(), margin_f)
    return wrap(_reduced(loss, reduction, "cosine_embedding_loss"))


__all__ = ["huber_loss", "margin_ranking_loss", "cosine_embedding_loss"]
