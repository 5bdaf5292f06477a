"""``mindspore.nn.Adam`` and ``mindspore.nn.AdamWeightDecay``.

Adam (state ``beta1_power``, ``beta2_power``, ``moment1.<name>``, ``moment2.<name>`` and with
``use_amsgrad`` ``vhat.<name>``): the powers are multiplied by the betas first, then
``lr_t = lr * sqrt(1 - beta2_power) / (1 - beta1_power)``, ``m += (g - m)(1 - beta1)``,
``v += (g^2 - v)(1 - beta2)``, ``w -= lr_t * m / (sqrt(v) + eps)`` (Nesterov:
``(beta1 m + (1 - beta1) g)`` in the numerator; AMSGrad: ``sqrt(max(vhat, v))``).
``use_lazy`` / ``use_offload`` only change how MindSpore executes sparse or host updates; with
dense gradients they give the same numbers and are accepted as plain Adam.

AdamWeightDecay (state ``adam_m.<name>``, ``adam_v.<name>``, no bias correction):
``w -= lr * (m / (sqrt(v) + eps) + weight_decay * w)``; weight decay applies to the Parameters
whose names have neither ``beta`` nor ``gamma`` (or per group).
"""
from __future__ import annotations

import numpy as np

from ..._src import dtype as mstype
from ..._src.parameter import Parameter
from ..._src.tensor import Tensor
from ... import _checkparam as V
from . import _update_rules as R
from .optimizer import Optimizer, _arr, clone_state, opt_init_args_register, write

__all__ = ["Adam", "AdamWeightDecay"]


def check_betas(beta1, beta2, eps, prim_name):
    V.value_type("beta1", beta1, [float], prim_name)
    V.value_type("beta2", beta2, [float], prim_name)
    V.value_type("eps", eps, [float], prim_name)
    V.float_range(beta1, 0.0, 1.0, "beta1", prim_name)
    V.float_range(beta2, 0.0, 1.0, "beta2", prim_name)
    V.positive_float(eps, "eps", prim_name)


class Adam(Optimizer):
    """Adam with optional Nesterov momentum and AMSGrad (see module docstring)."""

    @opt_init_args_register
    def __init__(self, params, learning_rate=1e-3, beta1=0.9, beta2=0.999, eps=1e-8,
                 use_locking=False, use_nesterov=False, weight_decay=0.0, loss_scale=1.0,
                 use_amsgrad=False, **kwargs):
        super().__init__(learning_rate, params, weight_decay, loss_scale)
        if set(kwargs) - {"use_lazy", "use_offload"}:
            raise KeyError("For 'Adam', invalid keys are passed as kwargs, supported keys are "
                           f"'use_lazy' and'use_offload', but got {kwargs.keys()}.")
        use_lazy = kwargs.get("use_lazy", False)
        use_offload = kwargs.get("use_offload", False)
        check_betas(beta1, beta2, eps, self.cls_name)
        for name, flag in (("use_locking", use_locking), ("use_nesterov", use_nesterov),
                           ("use_amsgrad", use_amsgrad), ("use_lazy", use_lazy),
                           ("use_offload", use_offload)):
            V.value_type(name, flag, [bool], self.cls_name)
        if use_lazy and use_offload:
            raise ValueError("For 'Adam', 'use_lazy' and 'use_offload' can not both be True."
                             f"But got use_lazy={use_lazy}, use_offload={use_offload}.")
        if use_amsgrad and (use_lazy or use_offload):
            raise ValueError("For lazy Adam and Adam with offload, there is no parameter named "
                             f"'use_amsgrad'.but got 'use_amsgrad'={use_amsgrad}.")
        self.beta1 = Tensor(beta1, mstype.float32)
        self.beta2 = Tensor(beta2, mstype.float32)
        self.beta1_power = Parameter(Tensor(np.float32(1.0)), name="beta1_power")
        self.beta2_power = Parameter(Tensor(np.float32(1.0)), name="beta2_power")
        self.eps = Tensor(eps, mstype.float32)
        self.use_nesterov = use_nesterov
        self.use_locking = use_locking
        self.use_amsgrad = use_amsgrad
        self.use_lazy = use_lazy
        self.use_offload = use_offload
        self.moment1 = clone_state(self._parameters, "moment1", 0)
        self.moment2 = clone_state(self._parameters, "moment2", 0)
        if use_amsgrad:
            self.vhat = clone_state(self._parameters, "vhat", 0)

    def construct(self, gradients):
        gradients, lrs = self._prepare_step(gradients)
        beta1, beta2, eps = self.beta1._array(), self.beta2._array(), self.eps._array()
        b1p = self.beta1_power._array() * beta1
        write(self.beta1_power, b1p)
        b2p = self.beta2_power._array() * beta2
        write(self.beta2_power, b2p)
        for i, (p, g, lr) in enumerate(zip(self._parameters, gradients, lrs)):
            m, v = self.moment1[i], self.moment2[i]
            if self.use_amsgrad:
                vhat = self.vhat[i]
                new_p, new_m, new_v, new_vhat = R.adam_amsgrad(
                    p._array(), m._array(), v._array(), vhat._array(), b1p, b2p, lr, beta1,
                    beta2, eps, _arr(g))
                write(vhat, new_vhat)
            else:
                new_p, new_m, new_v = R.adam(p._array(), m._array(), v._array(), b1p, b2p, lr,
                                             beta1, beta2, eps, _arr(g),
                                             nesterov=self.use_nesterov)
            write(p, new_p)
            write(m, new_m)
            write(v, new_v)
        return (True,) * self.param_length


class AdamWeightDecay(Optimizer):
    """Adam with decoupled weight decay and no bias correction (see module docstring)."""

    _support_parallel_optimizer = True

    def __init__(self, params, learning_rate=1e-3, beta1=0.9, beta2=0.999, eps=1e-6,
                 weight_decay=0.0):
        super().__init__(learning_rate, params, weight_decay)
        check_betas(beta1, beta2, eps, self.cls_name)
        self.beta1 = Tensor(np.array([beta1]).astype(np.float32))
        self.beta2 = Tensor(np.array([beta2]).astype(np.float32))
        self.eps = Tensor(np.array([eps]).astype(np.float32))
        self.moments1 = clone_state(self._parameters, "adam_m", 0)
        self.moments2 = clone_state(self._parameters, "adam_v", 0)

    def construct(self, gradients):
        gradients = self._check_gradients(gradients)
        wds = self._wd_values(self.get_weight_decay())
        lrs = self._lr_values(self.get_lr())
        self._increase_global_step()
        beta1 = self.beta1._array().reshape(())
        beta2 = self.beta2._array().reshape(())
        eps = self.eps._array().reshape(())
        zero = np.float32(0.0)
        for i, (p, g, lr) in enumerate(zip(self._parameters, gradients, lrs)):
            m, v = self.moments1[i], self.moments2[i]
            wd = wds[i] if self.decay_flags[i] else zero
            new_p, new_m, new_v = R.adam_weight_decay(
                p._array(), m._array(), v._array(), lr, beta1, beta2, eps, _arr(wd),
                _arr(g).astype(p._array().dtype))
            write(p, new_p)
            write(m, new_m)
            write(v, new_v)
        return (True,) * self.param_length
