"""Loss kernels on JAX arrays (part of ``mindspore.ops`` nn functions): MindSpore's
``_nll_loss`` (weighted mean over the gathered weights, ``ignore_index``, label smoothing),
soft-target cross entropy and ``GatherD``'s index checks."""
from __future__ import annotations

import jax
import jax.numpy as jnp

from ..._src import dtype as mstype


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
    if not label_smoothing:  # MindSpore adds the smoothing term only for label_smoothing > 0
        if reduction == "sum":
            return jnp.sum(loss)
        if reduction == "mean":
            return jnp.sum(loss) / jnp.sum(loss_w)
        return loss
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


def _log_softmax_raw(x, axis):
    return jax.nn.log_softmax(x, axis=axis)
