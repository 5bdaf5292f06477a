"""``mindspore.experimental.optim.AdamW``: Adam with decoupled weight decay and bias correction.

State (MindSpore's names): ``exp_avg.<name>``, ``exp_avg_sq.<name>``, ``max_exp_avg_sq.<name>``
(always created) and the Int32 0-d ``state_step``. One step, in float32 as MindSpore computes it:
``state_step += 1``; per group ``decay = 1 - lr * weight_decay``, ``bc1 = 1 - beta1^step``,
``bc2 = 1 - beta2^step`` (betas rounded to float32 first, ``1 - beta`` too); per Parameter
``m = m * beta1 + g * (1 - beta1)``,
``v = v * beta2 + (1 - beta2) * g * g``, ``denom = sqrt(v) / sqrt(bc2) + eps`` (AMSGrad:
``vmax = max(vmax, v)`` in place of ``v``), ``w = w * decay - (m / denom) * (lr / bc1)``.
``maximize`` negates the gradients. Defaults: lr 1e-3, betas (0.9, 0.999), eps 1e-8,
weight_decay 1e-2.
"""
from __future__ import annotations

import jax.numpy as jnp
import numpy as np

from ...nn.optim.optimizer import _arr, write
from ...ops.function.parameter_func import assign_add
from .adam import init_adam_state
from .optimizer import Optimizer

__all__ = ["AdamW"]

_F32 = np.float32


class AdamW(Optimizer):
    """AdamW (see module docstring)."""

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=1e-2,
                 amsgrad=False, *, maximize=False):
        init_adam_state(self, params, lr, betas, eps, weight_decay, amsgrad, maximize)

    def construct(self, gradients):
        assign_add(self.state_step, self.increase_tensor)
        step = self.state_step._array().astype(jnp.float32)
        for group_id, group in enumerate(self.param_groups):
            beta1, beta2 = group["betas"]
            start, end = self.group_start_id[group_id], self.group_start_id[group_id + 1]
            lr = _arr(self.lrs[group_id]).astype(jnp.float32)
            wd = _F32(group["weight_decay"])
            decay = _F32(1) - lr * wd
            b1, b2 = _F32(beta1), _F32(beta2)
            bc1 = _F32(1) - jnp.power(b1, step)
            bc2 = _F32(1) - jnp.power(b2, step)
            step_size = lr / bc1
            bc2_sqrt = jnp.sqrt(bc2)
            one_minus_b1, one_minus_b2 = _F32(1) - b1, _F32(1) - b2
            eps = _F32(group["eps"])
            for i in range(start, end):
                p = self.parameters[i]
                g = _arr(gradients[i])
                if group.get("maximize"):
                    g = -g
                w = p._array()
                new_w = w * decay.astype(w.dtype)
                m = self.exp_avg[i]._array() * b1 + g * one_minus_b1
                v = self.exp_avg_sq[i]._array() * b2 + one_minus_b2 * g * g
                write(self.exp_avg[i], m)
                write(self.exp_avg_sq[i], v)
                if group.get("amsgrad"):
                    v = jnp.maximum(self.max_exp_avg_sq[i]._array(), v)
                    write(self.max_exp_avg_sq[i], v)
                denom = jnp.sqrt(v) / bc2_sqrt + eps
                write(p, (new_w - (m / denom) * step_size).astype(w.dtype))
        return True
