"""``mindspore.experimental.optim.Adam``: PyTorch-style Adam on MindSpore's Adam kernel.

State: ``exp_avg.<name>``, ``exp_avg_sq.<name>``, ``max_exp_avg_sq.<name>`` and the Int32 0-d
``state_step``. One step: ``state_step += 1``; per group ``beta1_power = beta1^step`` and
``beta2_power = beta2^step`` (float32), gradients negated when ``maximize``, then
``g + w * weight_decay`` when weight_decay != 0, then MindSpore's Adam update (the one
``nn.Adam`` uses: ``lr_t = lr * sqrt(1 - beta2_power) / (1 - beta1_power)``,
``m += (g - m)(1 - beta1)``, ``v += (g^2 - v)(1 - beta2)``, ``w -= lr_t * m / (sqrt(v) + eps)``).
As in MindSpore 2.10, ``amsgrad=True`` is accepted and does not change the update
(``max_exp_avg_sq`` stays zero).
"""
from __future__ import annotations

import jax.numpy as jnp
import numpy as np

from ..._src.parameter import Parameter
from ..._src.tensor import Tensor
from ...nn.optim import _update_rules as R
from ...nn.optim.optimizer import _arr, clone_state, write
from ...ops.function.parameter_func import assign_add
from .optimizer import Optimizer

__all__ = ["Adam"]

_F32 = np.float32


def check_adam_args(lr, betas, eps, weight_decay):
    """The argument checks shared by Adam and AdamW (MindSpore's messages)."""
    if lr < 0.0:
        raise ValueError(f"Invalid learning rate: {lr}")
    if eps < 0.0:
        raise ValueError(f"Invalid epsilon value: {eps}")
    if not 0.0 <= betas[0] < 1.0:
        raise ValueError(f"Invalid beta parameter at index 0: {betas[0]}")
    if not 0.0 <= betas[1] < 1.0:
        raise ValueError(f"Invalid beta parameter at index 1: {betas[1]}")
    if weight_decay < 0.0:
        raise ValueError(f"Invalid weight_decay value: {weight_decay}")


def init_adam_state(opt, params, lr, betas, eps, weight_decay, amsgrad, maximize):
    """Shared ``__init__`` of Adam and AdamW: argument checks, parameter groups, the moment
    slots (``exp_avg.*``, ``exp_avg_sq.*``, ``max_exp_avg_sq.*``) and ``state_step``."""
    check_adam_args(lr, betas, eps, weight_decay)
    defaults = {"lr": lr, "betas": betas, "eps": eps, "weight_decay": weight_decay,
                "amsgrad": amsgrad, "maximize": maximize}
    Optimizer.__init__(opt, params, defaults)
    opt.exp_avg = clone_state(opt.parameters, "exp_avg", 0)
    opt.exp_avg_sq = clone_state(opt.parameters, "exp_avg_sq", 0)
    opt.max_exp_avg_sq = clone_state(opt.parameters, "max_exp_avg_sq", 0)
    opt.state_step = Parameter(Tensor(np.int32(0)), "state_step")
    opt.increase_tensor = Tensor(np.int32(1))


class Adam(Optimizer):
    """Adam (see module docstring)."""

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.0,
                 amsgrad=False, *, maximize=False):
        init_adam_state(self, params, lr, betas, eps, weight_decay, amsgrad, maximize)

    def construct(self, gradients):
        assign_add(self.state_step, self.increase_tensor)
        step = self.state_step._array().astype(jnp.float32)
        for group_id, group in enumerate(self.param_groups):
            beta1, beta2 = group["betas"]
            b1, b2 = jnp.float32(beta1), jnp.float32(beta2)
            b1p, b2p = jnp.power(b1, step), jnp.power(b2, step)
            lr = _arr(self.lrs[group_id]).astype(jnp.float32)
            eps = jnp.float32(group["eps"])
            wd = group["weight_decay"]
            for i in range(self.group_start_id[group_id], self.group_start_id[group_id + 1]):
                p = self.parameters[i]
                g = _arr(gradients[i])
                if group["maximize"]:
                    g = -g
                if wd != 0.0:
                    g = R.decay(jnp.float32(wd), p._array(), g)
                new_p, new_m, new_v = R.adam(p._array(), self.exp_avg[i]._array(),
                                             self.exp_avg_sq[i]._array(), b1p, b2p, lr, b1, b2,
                                             eps, g, nesterov=False)
                write(p, new_p)
                write(self.exp_avg[i], new_m)
                write(self.exp_avg_sq[i], new_v)
        return True
