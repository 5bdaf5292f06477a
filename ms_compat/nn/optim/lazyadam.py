"""``mindspore.nn.LazyAdam``.

State ``beta1_power``, ``beta2_power`` (Float32, shape (1,), start at 1), ``moment1.<name>``,
``moment2.<name>`` (start at 0). With dense gradients (the only kind ms_compat produces) LazyAdam
is Adam: per step, after weight decay, gradient centralization and loss-scale division of ``g``:

    beta1_power *= beta1;  beta2_power *= beta2
    lr_t = lr * sqrt(1 - beta2_power) / (1 - beta1_power)
    m   += (g - m) * (1 - beta1);  v += (g^2 - v) * (1 - beta2)
    w   -= lr_t * m / (sqrt(v) + eps)      (use_nesterov: lr_t * (beta1 m + (1 - beta1) g))

(MindSpore's ``Adam`` kernel; Float16/BFloat16 computed in Float32.) ``beta1``, ``beta2`` are
floats in (0, 1), ``eps`` > 0 and
``weight_decay`` must be a float >= 0 (MindSpore names it ``'weight_dacay'`` in the type error).
Differences from MindSpore: the lazy row-wise update for sparse (``RowTensor``) gradients and
the ``target`` setter are not supported; no deprecation warning is logged.
"""
from __future__ import annotations

import numpy as np

from ..._src import dtype as mstype
from ..._src.parameter import Parameter
from ..._src.tensor import Tensor
from ... import _checkparam as V
from . import _update_rules_extra as RX
from .optimizer import Optimizer, _arr, clone_state, opt_init_args_register, write

__all__ = ["LazyAdam"]


class LazyAdam(Optimizer):
    """LazyAdam (see module docstring)."""

    @opt_init_args_register
    def __init__(self, params, learning_rate=1e-3, beta1=0.9, beta2=0.999, eps=1e-8,
                 use_locking=False, use_nesterov=False, weight_decay=0.0, loss_scale=1.0):
        super().__init__(learning_rate, params, weight_decay, loss_scale)
        name = self.cls_name
        V.value_type("beta1", beta1, [float], name)
        V.value_type("beta2", beta2, [float], name)
        V.value_type("eps", eps, [float], name)
        V.value_type("weight_dacay", weight_decay, [float], name)
        V.float_range(beta1, 0.0, 1.0, "beta1", name)
        V.float_range(beta2, 0.0, 1.0, "beta2", name)
        V.positive_float(eps, "eps", name)
        V.non_negative_float(weight_decay, "weight_decay", name)
        V.value_type("use_locking", use_locking, [bool], name)
        V.value_type("use_nesterov", use_nesterov, [bool], name)
        self.beta1 = Tensor(beta1, mstype.float32)
        self.beta2 = Tensor(beta2, mstype.float32)
        self.beta1_power = Parameter(Tensor(np.ones((1,), np.float32)), name="beta1_power")
        self.beta2_power = Parameter(Tensor(np.ones((1,), np.float32)), name="beta2_power")
        self.eps = Tensor(eps, mstype.float32)
        self.use_nesterov = use_nesterov
        self.use_locking = use_locking
        self.moment1 = clone_state(self._parameters, "moment1", 0)
        self.moment2 = clone_state(self._parameters, "moment2", 0)

    def construct(self, gradients):
        gradients, lrs = self._prepare_step(gradients)
        beta1, beta2, eps = self.beta1._array(), self.beta2._array(), self.eps._array()
        b1p = self.beta1_power._array() * beta1
        write(self.beta1_power, b1p)
        b2p = self.beta2_power._array() * beta2
        write(self.beta2_power, b2p)
        b1p, b2p = b1p.reshape(()), b2p.reshape(())
        for p, m, v, g, lr in zip(self._parameters, self.moment1, self.moment2, gradients, lrs):
            new_p, new_m, new_v = RX.lazy_adam(p._array(), m._array(), v._array(), b1p, b2p,
                                               lr, beta1, beta2, eps, _arr(g),
                                               nesterov=self.use_nesterov)
            write(p, new_p)
            write(m, new_m)
            write(v, new_v)
        return (True,) * self.param_length
