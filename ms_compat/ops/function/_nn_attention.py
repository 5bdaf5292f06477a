"""MindSpore's ``multi_head_attention_forward`` on JAX arrays (part of ``mindspore.ops`` nn
functions): both q and k scaled by ``head_dim ** -0.25``, masks added as MindSpore adds them."""
from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np


def _neg_inf_mask(mask, dtype):
    """Bool masks become additive ``-inf`` masks; float masks are used as they are."""
    if mask.dtype == np.bool_:
        return jnp.where(mask, jnp.array(-jnp.inf, dtype), jnp.array(0, dtype))
    return mask.astype(dtype)


def multi_head_attention_arrays(query, key, value, num_heads, in_proj_weight, in_proj_bias,
                                bias_k, bias_v, add_zero_attn, dropout_p, out_w, out_b,
                                training=True, key_padding_mask=None, attn_mask=None,
                                q_proj_weight=None, k_proj_weight=None, v_proj_weight=None,
                                average_attn_weights=True, dropout_kernel=None):
    """MindSpore's ``multi_head_attention_forward`` on ``(L, N, E)`` arrays (unbatched inputs
    are ``(L, E)``). Scores are ``(q / d**0.25) @ (k / d**0.25)^T`` with ``d`` the head dim,
    as MindSpore scales both sides. Returns ``(output, weights)``."""
    batched = query.ndim == 3
    if not batched:
        query, key, value = query[:, None], key[:, None], value[:, None]
        if key_padding_mask is not None:
            key_padding_mask = key_padding_mask[None]
    tgt_len, bsz, embed_dim = query.shape
    head_dim = embed_dim // num_heads
    if q_proj_weight is None:
        w_q, w_k, w_v = jnp.split(in_proj_weight, 3)
    else:
        w_q, w_k, w_v = q_proj_weight, k_proj_weight, v_proj_weight
    if in_proj_bias is None:
        b_q = b_k = b_v = None
    else:
        b_q, b_k, b_v = jnp.split(in_proj_bias, 3)

    def linear(x, w, b):
        y = jnp.matmul(x, w.T)
        return y if b is None else y + b

    q, k, v = linear(query, w_q, b_q), linear(key, w_k, b_k), linear(value, w_v, b_v)
    dt = q.dtype
    if attn_mask is not None:
        if attn_mask.dtype == np.uint8:
            attn_mask = attn_mask.astype(np.bool_)
        if attn_mask.ndim == 2:
            attn_mask = attn_mask[None]
    if bias_k is not None and bias_v is not None:
        k = jnp.concatenate([k, jnp.tile(bias_k, (1, bsz, 1))])
        v = jnp.concatenate([v, jnp.tile(bias_v, (1, bsz, 1))])
        if attn_mask is not None:
            attn_mask = jnp.pad(attn_mask, [(0, 0)] * (attn_mask.ndim - 1) + [(0, 1)])
        if key_padding_mask is not None:
            key_padding_mask = jnp.pad(key_padding_mask, [(0, 0), (0, 1)])
    q = jnp.swapaxes(q.reshape(tgt_len, bsz * num_heads, head_dim), 0, 1)
    k = jnp.swapaxes(k.reshape(k.shape[0], bsz * num_heads, head_dim), 0, 1)
    v = jnp.swapaxes(v.reshape(v.shape[0], bsz * num_heads, head_dim), 0, 1)
    if add_zero_attn:
        zeros = jnp.zeros((bsz * num_heads, 1, head_dim), dt)
        k = jnp.concatenate([k, zeros], axis=1)
        v = jnp.concatenate([v, zeros], axis=1)
        if attn_mask is not None:
            attn_mask = jnp.pad(attn_mask, [(0, 0)] * (attn_mask.ndim - 1) + [(0, 1)])
        if key_padding_mask is not None:
            key_padding_mask = jnp.pad(key_padding_mask, [(0, 0), (0, 1)])
    src_len = k.shape[1]
    if key_padding_mask is not None:
        kpm = jnp.tile(key_padding_mask.reshape(bsz, 1, 1, src_len), (1, num_heads, 1, 1))
        kpm = kpm.reshape(bsz * num_heads, 1, src_len)
        if attn_mask is None:
            attn_mask = kpm
        elif attn_mask.dtype == np.bool_ and kpm.dtype == np.bool_:
            attn_mask = jnp.logical_or(attn_mask, kpm)
        else:
            # MindSpore adds the masks as they are: a bool mask added to a float one counts as
            # 0/1, not as -inf.
            attn_mask = attn_mask.astype(dt) + kpm.astype(dt)
    if attn_mask is not None:
        attn_mask = _neg_inf_mask(attn_mask, dt)
        if attn_mask.shape[0] == 1:
            attn_mask = attn_mask[None]
        else:
            attn_mask = attn_mask.reshape(bsz, num_heads, -1, src_len)
    q = q.reshape(bsz, num_heads, tgt_len, head_dim)
    k = k.reshape(bsz, num_heads, src_len, head_dim)
    v = v.reshape(bsz, num_heads, src_len, head_dim)
    scale = jnp.sqrt(jnp.sqrt(jnp.asarray(head_dim, dt)))
    attn = jnp.matmul(q / scale, jnp.swapaxes(k, -2, -1) / scale)
    if attn_mask is not None:
        attn = attn + attn_mask
    attn = jax.nn.softmax(attn, axis=-1)
    if training and 0.0 < dropout_p <= 1.0 and dropout_kernel is not None:
        from ..._src import random_kernels  # lazy: host kernels
        attn, _ = random_kernels.apply_dropout(attn, 1.0 - dropout_p, dropout_kernel)
    out = jnp.matmul(attn, v)
    out = jnp.transpose(out, (2, 0, 1, 3)).reshape(bsz * tgt_len, embed_dim)
    out = linear(out, out_w, out_b).reshape(tgt_len, bsz, -1)
    weights = attn.reshape(bsz, num_heads, tgt_len, src_len)
    if average_attn_weights:
        weights = jnp.sum(weights, axis=1) / num_heads
    if not batched:
        out, weights = out[:, 0], weights[0]
    return out, weights
