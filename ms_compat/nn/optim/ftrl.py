"""``mindspore.nn.FTRL``: follow-the-regularized-leader.

State ``moments.<name>`` (starts at ``initial_accum``) and ``linear.<name>`` (starts at 0).
Per step, after weight decay (applied to every Parameter when not grouped, ``beta``/``gamma``
included, as in MindSpore), gradient centralization and loss-scale division of ``g``, with
``p = lr_power``:

    n       = moments + g^2
    linear += g - (n^-p - moments^-p) / lr * w
    w       = (sign(linear) * l1 - linear) / (n^-p / lr + 2 * l2)   where |linear| > l1, else 0
    moments = n

(MindSpore's ``ApplyFtrl``.) ``learning_rate`` must be a float > 0 (no dynamic or group
rates), ``initial_accum``, ``l1``, ``l2`` floats >= 0, ``lr_power`` a float <= 0.
Differences from MindSpore: with ``l1 > 0``, MindSpore 2.10's CPU kernel sets
``w = (l1 - linear) / quadratic`` where ``linear < -l1`` (the sign of ``linear`` is lost); ms_compat
follows the documented formula above. Sparse gradients and the ``target`` setter's host
kernels are not supported (dense gradients give the same numbers); no deprecation warning is
logged; Float16/BFloat16 parameters are computed in Float32 (MindSpore's CPU kernel rejects
Float16 with a TypeError).
"""
from __future__ import annotations

import numpy as np

from ... import _checkparam as V
from . import _update_rules_extra as RX
from .optimizer import Optimizer, _arr, clone_state, opt_init_args_register, write

__all__ = ["FTRL"]


def _bound(value, bound, sym, arg_name, prim_name):
    ok = value >= bound if sym == ">=" else value <= bound
    if not ok:
        raise ValueError(f"For '{prim_name}', the argument '{arg_name}' must {sym} {bound}, "
                         f"but got {value}.")


class FTRL(Optimizer):
    """FTRL-proximal (see module docstring)."""

    @opt_init_args_register
    def __init__(self, params, initial_accum=0.1, learning_rate=0.001, lr_power=-0.5, l1=0.0,
                 l2=0.0, use_locking=False, loss_scale=1.0, weight_decay=0.0):
        super().__init__(learning_rate, params, weight_decay, loss_scale=loss_scale)
        if self.dynamic_lr or self.is_group_lr:
            raise ValueError("For 'FTRL', dynamic learning rate and group learning rate are "
                             "currently not supported in FTRL, they should all be false, but got "
                             f"dynamic learning rate {self.dynamic_lr} and group learning rate "
                             f"{self.is_group_lr}.")
        name = self.cls_name
        V.value_type("initial_accum", initial_accum, [float], name)
        _bound(initial_accum, 0.0, ">=", "initial_accum", name)
        V.value_type("learning_rate", learning_rate, [float], name)
        V.positive_float(learning_rate, "learning_rate", name)
        V.value_type("lr_power", lr_power, [float], name)
        _bound(lr_power, 0.0, "<=", "lr_power", name)
        V.value_type("l1", l1, [float], name)
        _bound(l1, 0.0, ">=", "l1", name)
        V.value_type("l2", l2, [float], name)
        _bound(l2, 0.0, ">=", "l2", name)
        V.value_type("use_locking", use_locking, [bool], name)
        self.moments = clone_state(self._parameters, "moments", initial_accum)
        self.linear = clone_state(self._parameters, "linear", 0)
        self.l1 = l1
        self.l2 = l2
        self.lr = learning_rate
        self.lr_power = lr_power
        if not self.is_group:
            self.decay_flags = tuple(True for _ in self._parameters)
        self.use_locking = use_locking

    def construct(self, grads):
        grads = self._check_gradients(grads)
        grads = self.decay_weight(grads)
        grads = self.gradients_centralization(grads)
        grads = self.scale_grad(grads)
        lrs = self._lr_values(self.get_lr())
        self._increase_global_step()
        l1, l2, lr_power = np.float32(self.l1), np.float32(self.l2), np.float32(self.lr_power)
        for p, moment, linear, g, lr in zip(self._parameters, self.moments, self.linear, grads,
                                            lrs):
            new_p, new_moment, new_linear = RX.ftrl(p._array(), moment._array(),
                                                    linear._array(), _arr(g), lr, l1, l2,
                                                    lr_power)
            write(p, new_p)
            write(moment, new_moment)
            write(linear, new_linear)
        return (True,) * self.param_length
