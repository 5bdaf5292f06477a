"""``mindspore.nn.RMSProp``: ``ms += (g^2 - ms)(1 - decay)``;
``mom = momentum * mom + lr * g / sqrt(ms + epsilon)``; ``w -= mom``. ``centered`` also tracks
``mg += (g - mg)(1 - decay)`` and uses ``sqrt(ms - mg^2 + epsilon)``. State
``mean_grad.<name>`` (centered only), ``mean_square.<name>`` (starts at ones),
``moment.<name>``."""
from __future__ import annotations

import numpy as np

from ... import _checkparam as V
from . import _update_rules as R
from .optimizer import Optimizer, _arr, clone_state, opt_init_args_register, write

__all__ = ["RMSProp"]


class RMSProp(Optimizer):
    """Root-mean-square propagation (see module docstring)."""

    @opt_init_args_register
    def __init__(self, params, learning_rate=0.1, decay=0.9, momentum=0.0, epsilon=1e-10,
                 use_locking=False, centered=False, loss_scale=1.0, weight_decay=0.0):
        super().__init__(learning_rate, params, weight_decay, loss_scale)
        V.value_type("decay", decay, [float], self.cls_name)
        V.non_negative_float(decay, "decay", self.cls_name)
        V.value_type("momentum", momentum, [float], self.cls_name)
        V.non_negative_float(momentum, "momentum", self.cls_name)
        V.value_type("epsilon", epsilon, [float], self.cls_name)
        V.positive_float(epsilon, "epsilon", self.cls_name)
        V.value_type("use_locking", use_locking, [bool], self.cls_name)
        V.value_type("centered", centered, [bool], self.cls_name)
        self.centered = centered
        if centered:
            self.mg = clone_state(self._parameters, "mean_grad", 0)
        self.momentum = momentum
        self.ms = clone_state(self._parameters, "mean_square", 1)
        self.moment = clone_state(self._parameters, "moment", 0)
        self.epsilon = epsilon
        self.decay = decay

    def construct(self, gradients):
        gradients, lrs = self._prepare_step(gradients)
        decay, mom, eps = np.float32(self.decay), np.float32(self.momentum), \
            np.float32(self.epsilon)
        for i, (p, g, lr) in enumerate(zip(self._parameters, gradients, lrs)):
            ms, moment = self.ms[i], self.moment[i]
            if self.centered:
                mg = self.mg[i]
                new_p, new_mg, new_ms, new_mom = R.rmsprop_centered(
                    p._array(), mg._array(), ms._array(), moment._array(), _arr(g), lr, decay,
                    mom, eps)
                write(mg, new_mg)
            else:
                new_p, new_ms, new_mom = R.rmsprop(p._array(), ms._array(), moment._array(), lr,
                                                   _arr(g), decay, mom, eps)
            write(p, new_p)
            write(ms, new_ms)
            write(moment, new_mom)
        return (True,) * self.param_length
