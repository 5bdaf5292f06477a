"""``mindspore.nn.ProximalAdagrad``: Adagrad with an L1/L2 proximal step.

State ``accum.<name>`` (starts at ``accum``). Per step, after weight decay, gradient
centralization and loss-scale division of the gradient ``g``:

    accum += g^2
    lr_t   = lr / sqrt(accum)
    v      = w - lr_t * g
    w      = sign(v) * max(|v| - lr_t * l1, 0) / (1 + lr_t * l2)     (l1 > 0)
    w      = v / (1 + lr_t * l2)                                     (l1 == 0)

(MindSpore's ``ApplyProximalAdagrad``; Float16/BFloat16 computed in Float32.) ``accum``,
``l1``, ``l2`` are floats >= 0.
Differences from MindSpore: sparse gradients (``RowTensor``) and the ``target`` setter's
host-side fused kernels are not supported (dense gradients give the same numbers); MindSpore
logs a deprecation warning (deprecated from 2.9.0), ms_compat does not.
"""
from __future__ import annotations

import numpy as np

from ..._src import dtype as mstype
from ..._src.tensor import Tensor
from ... import _checkparam as V
from . import _update_rules_extra as RX
from .optimizer import Optimizer, _arr, clone_state, opt_init_args_register, write

__all__ = ["ProximalAdagrad"]


class ProximalAdagrad(Optimizer):
    """Proximal Adagrad (see module docstring)."""

    @opt_init_args_register
    def __init__(self, params, accum=0.1, learning_rate=0.001, l1=0.0, l2=0.0,
                 use_locking=False, loss_scale=1.0, weight_decay=0.0):
        super().__init__(learning_rate, params, weight_decay, loss_scale)
        V.value_type("accum", accum, [float], self.cls_name)
        V.value_type("l1", l1, [float], self.cls_name)
        V.value_type("l2", l2, [float], self.cls_name)
        V.value_type("use_locking", use_locking, [bool], self.cls_name)
        V.non_negative_float(accum, "accum", self.cls_name)
        V.non_negative_float(l1, "l1", self.cls_name)
        V.non_negative_float(l2, "l2", self.cls_name)
        self.accum = clone_state(self._parameters, "accum", accum)
        self.l1 = Tensor(l1, mstype.float32)
        self.l2 = Tensor(l2, mstype.float32)
        self._use_l1 = l1 > 0
        self.use_locking = use_locking

    def construct(self, grads):
        grads = self._check_gradients(grads)
        grads = self.decay_weight(grads)
        grads = self.gradients_centralization(grads)
        grads = self.scale_grad(grads)
        lrs = self._lr_values(self.get_lr())
        self._increase_global_step()
        l1, l2 = self.l1._array(), self.l2._array()
        for p, accum, g, lr in zip(self._parameters, self.accum, grads, lrs):
            new_p, new_accum = RX.proximal_adagrad(p._array(), accum._array(), lr, l1, l2,
                                                   _arr(g), use_l1=self._use_l1)
            write(p, new_p)
            write(accum, new_accum)
        return (True,) * self.param_length
