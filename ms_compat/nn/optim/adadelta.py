"""``mindspore.nn.Adadelta``.

State ``accum.<name>`` and ``accum_update.<name>`` (both start at 0). Per step, after weight
decay, gradient centralization and loss-scale division of the gradient ``g``:

    accum        = rho * accum + (1 - rho) * g^2
    update       = g * sqrt(accum_update + epsilon) / sqrt(accum + epsilon)
    accum_update = rho * accum_update + (1 - rho) * update^2
    w           -= lr * update

(MindSpore's ``ApplyAdadelta``; Float16/BFloat16 computed in Float32, state kept in the
parameter's dtype.) ``rho`` must be a float in [0, 1], ``epsilon`` a float >= 0.
Differences from MindSpore: none known (like MindSpore, ``grads`` must be a tuple of Tensors).
"""
from __future__ import annotations

import numpy as np

from ..._src.tensor import Tensor
from ... import _checkparam as V
from . import _update_rules_extra as RX
from .optimizer import Optimizer, _arr, clone_state, opt_init_args_register, write

__all__ = ["Adadelta"]


def closed_range(value, lower, upper, arg_name, prim_name):
    """``lower <= value <= upper`` (MindSpore's INC_BOTH range check)."""
    if not isinstance(value, (float, np.floating)) or isinstance(value, bool):
        raise TypeError(f"For '{prim_name}', the '{arg_name}' must be 'float',  "
                        f"but got '{type(value).__name__}'.")
    if not lower <= value <= upper:
        raise ValueError(f"For '{prim_name}', the '{arg_name}' must be in range of "
                         f"[{lower}, {upper}], but got {value} with type "
                         f"'{type(value).__name__}'.")
    return value


class Adadelta(Optimizer):
    """Adadelta (see module docstring)."""

    @opt_init_args_register
    def __init__(self, params, learning_rate=1.0, rho=0.9, epsilon=1e-6, loss_scale=1.0,
                 weight_decay=0.0):
        super().__init__(learning_rate, params, weight_decay, loss_scale)
        V.value_type("rho", rho, [float], self.cls_name)
        V.value_type("epsilon", epsilon, [float], self.cls_name)
        closed_range(rho, 0.0, 1.0, "rho", self.cls_name)
        V.non_negative_float(epsilon, "epsilon", self.cls_name)
        self.accum = clone_state(self._parameters, "accum", 0)
        self.accum_update = clone_state(self._parameters, "accum_update", 0)
        self.rho = rho
        self.epsilon = epsilon

    def construct(self, grads):
        if not isinstance(grads, tuple) or not grads or not isinstance(grads[0], Tensor):
            raise TypeError("For 'Adadelta', the 'grads' must be a tuple of Tensor.")
        grads = self._check_gradients(grads)
        grads = self.decay_weight(grads)
        grads = self.gradients_centralization(grads)
        grads = self.scale_grad(grads)
        lrs = self._lr_values(self.get_lr())
        self._increase_global_step()
        rho, eps = np.float32(self.rho), np.float32(self.epsilon)
        for p, accum, accum_update, g, lr in zip(self._parameters, self.accum, self.accum_update,
                                                 grads, lrs):
            new_p, new_accum, new_update = RX.adadelta(p._array(), accum._array(),
                                                       accum_update._array(), lr, rho, eps,
                                                       _arr(g))
            write(p, new_p)
            write(accum, new_accum)
            write(accum_update, new_update)
        return (True,) * self.param_length
