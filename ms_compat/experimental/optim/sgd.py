"""``mindspore.experimental.optim.SGD``: PyTorch-style SGD on MindSpore's SGD kernel.

State: ``accum.<name>`` (zeros) and ``stat.<name>`` (ones); there is no step counter. Per group:
gradients negated when ``maximize``; the kernel adds ``weight_decay * w`` to the gradient, then
(momentum > 0) ``accum = g`` on the first step, else ``accum * momentum + (1 - dampening) * g``,
steps with ``g + momentum * accum`` (nesterov) or ``accum``: ``w -= lr * step`` (the rule
``nn.SGD`` uses).
"""
from __future__ import annotations

import jax.numpy as jnp

from ..._src.tensor import Tensor
from ... import _checkparam as V
from ...nn.optim import _update_rules as R
from ...nn.optim.optimizer import _arr, clone_state, write
from .optimizer import Optimizer

__all__ = ["SGD"]


class SGD(Optimizer):
    """SGD with momentum, dampening, weight decay, Nesterov and maximize (see module docstring)."""

    def __init__(self, params, lr, momentum=0, dampening=0, weight_decay=0.0, nesterov=False, *,
                 maximize=False):
        V.value_type("lr", lr, [float, int, Tensor], type(self).__name__)
        if lr < 0.0:
            raise ValueError(f"Invalid learning rate: {lr}")
        V.value_type("momentum", momentum, [int, float], type(self).__name__)
        if momentum < 0.0:
            raise ValueError(f"Invalid momentum value: {momentum}")
        momentum = float(momentum)
        V.value_type("nesterov", nesterov, [bool], type(self).__name__)
        V.value_type("maximize", maximize, [bool], type(self).__name__)
        defaults = {"lr": lr, "momentum": momentum, "dampening": dampening,
                    "weight_decay": weight_decay, "nesterov": nesterov, "maximize": maximize,
                    "grad_centralization": False}
        super().__init__(params, defaults)
        for group in self.param_groups:
            V.value_type("dampening", group.get("dampening"), [int, float], self.cls_name)
            group["dampening"] = float(group.get("dampening"))
        if nesterov and (momentum <= 0.0 or dampening != 0.0):
            raise ValueError("For 'SGD', if 'nesterov' is true, 'momentum' must be > 0.0 and "
                             "'dampening' must equal to 0.0, but got 'momentum' "
                             f"{momentum}, 'dampening' {dampening}")
        self.accum = clone_state(self.parameters, "accum", 0)
        self.stat = clone_state(self.parameters, "stat", 1)

    def construct(self, gradients):
        for group_id, group in enumerate(self.param_groups):
            lr = _arr(self.lrs[group_id]).astype(jnp.float32)
            mom = jnp.float32(group["momentum"])
            wd = group["weight_decay"]
            for i in range(self.group_start_id[group_id], self.group_start_id[group_id + 1]):
                p = self.parameters[i]
                g = _arr(gradients[i])
                if group["maximize"]:
                    g = -g
                if wd > 0:
                    g = R.decay(jnp.float32(wd), p._array(), g)
                new_p, new_accum, new_stat = R.sgd(
                    p._array(), g, lr, self.accum[i]._array(), mom, self.stat[i]._array(),
                    dampening=group["dampening"], nesterov=group["nesterov"])
                write(p, new_p)
                write(self.accum[i], new_accum)
                write(self.stat[i], new_stat)
        return True
