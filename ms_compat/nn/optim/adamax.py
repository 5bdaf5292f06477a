"""``mindspore.nn.AdaMax``.

State ``beta1_power`` (Float32, shape (1,), starts at 1), ``moment1.<name>``,
``moment2.<name>`` (start at 0). Per step, after weight decay, gradient centralization and
loss-scale division of the gradient ``g``:

    beta1_power *= beta1
    m  = beta1 * m + (1 - beta1) * g
    v  = max(beta2 * v, |g|)
    w -= lr / (1 - beta1_power) * m / (v + eps)

(MindSpore's ``ApplyAdaMax``; Float16/BFloat16 computed in Float32, state kept in the
parameter's dtype.) ``beta1``, ``beta2`` are floats in (0, 1), ``eps`` > 0.
Differences from MindSpore: none known.
"""
from __future__ import annotations

import numpy as np

from ..._src import dtype as mstype
from ..._src.parameter import Parameter
from ..._src.tensor import Tensor
from . import _update_rules_extra as RX
from .adam import check_betas
from .optimizer import Optimizer, _arr, clone_state, opt_init_args_register, write

__all__ = ["AdaMax"]


class AdaMax(Optimizer):
    """AdaMax, Adam with the infinity norm (see module docstring)."""

    @opt_init_args_register
    def __init__(self, params, learning_rate=0.001, beta1=0.9, beta2=0.999, eps=1e-08,
                 weight_decay=0.0, loss_scale=1.0):
        super().__init__(learning_rate, params, weight_decay, loss_scale)
        check_betas(beta1, beta2, eps, self.cls_name)
        self.beta1 = Tensor(beta1, mstype.float32)
        self.beta2 = Tensor(beta2, mstype.float32)
        self.beta1_power = Parameter(Tensor(np.ones((1,), np.float32)), name="beta1_power")
        self.eps = Tensor(eps, mstype.float32)
        self.moment1 = clone_state(self._parameters, "moment1", 0)
        self.moment2 = clone_state(self._parameters, "moment2", 0)

    def construct(self, gradients):
        gradients, lrs = self._prepare_step(gradients)
        beta1, beta2, eps = self.beta1._array(), self.beta2._array(), self.eps._array()
        b1p = self.beta1_power._array() * beta1
        write(self.beta1_power, b1p)
        for p, m, v, g, lr in zip(self._parameters, self.moment1, self.moment2, gradients, lrs):
            new_p, new_m, new_v = RX.adamax(p._array(), m._array(), v._array(), b1p, lr, beta1,
                                            beta2, eps, _arr(g))
            write(p, new_p)
            write(m, new_m)
            write(v, new_v)
        return (True,) * self.param_length
