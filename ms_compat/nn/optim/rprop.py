"""``mindspore.nn.Rprop``: resilient back-propagation.

State ``prev.<name>`` (the last gradient used) and ``step_size.<name>`` (both start at 0; on
the first step the step sizes are taken as ``lr``). Per step, after weight decay and gradient
centralization, elementwise (in Float32; in the parameter's dtype for Float16/BFloat16):

    s    = sign(g * prev) mapped to etaplus (> 0), etaminus (< 0), 1 (== 0)
    step = clip(step * s, step_sizes[0], step_sizes[1])
    g    = 0 where s == etaminus
    w   -= sign(g) * step;  prev = g

``etas`` and ``step_sizes`` must be 2-tuples of floats with ``0 < etaminus < 1 < etaplus`` and
``step_sizes[0] <= step_sizes[1]``. There is no ``loss_scale`` argument (as in MindSpore).
Differences from MindSpore: none known (its message for a non-tuple ``step_sizes`` names the
type of ``etas``; reproduced).
"""
from __future__ import annotations

import numpy as np

from ... import _checkparam as V
from . import _update_rules_extra as RX
from .optimizer import Optimizer, _arr, clone_state, opt_init_args_register, write

__all__ = ["Rprop"]


class Rprop(Optimizer):
    """Rprop (see module docstring)."""

    @opt_init_args_register
    def __init__(self, params, learning_rate=0.1, etas=(0.5, 1.2), step_sizes=(1e-6, 50.),
                 weight_decay=0.):
        super().__init__(learning_rate, params, weight_decay)
        if not isinstance(etas, tuple):
            raise TypeError(f"For Rprop, etas must be a tuple, but got {type(etas)}.")
        if len(etas) != 2:
            raise ValueError(f"For Rprop, etas must be a tuple with the size of 2, but got "
                             f"{len(etas)}.")
        if not isinstance(step_sizes, tuple):
            raise TypeError(f"For Rprop, step_sizes must be a tuple, but got {type(etas)}.")
        if len(step_sizes) != 2:
            raise ValueError("For Rprop, step_sizes must be a tuple with the size of 2, "
                             f"but got {len(step_sizes)}.")
        if step_sizes[0] > step_sizes[1]:
            raise ValueError("For Rprop, maximal step size should not be less than minimal step "
                             f"size, but got {step_sizes[0]} > {step_sizes[1]}.")
        V.float_range(etas[0], 0.0, 1.0, "etaminus", self.cls_name)
        V.value_type("etaplus", etas[1], [float], self.cls_name)
        if etas[1] <= 1.0:
            raise ValueError(f"For Rprop, etaplus must be greater than 1.0, but got etaplus "
                             f"{etas[1]}.")
        V.value_type("min_step_sizes", step_sizes[0], [float], self.cls_name)
        V.value_type("max_step_sizes", step_sizes[1], [float], self.cls_name)
        self.etaminus, self.etaplus = etas
        self.step_size_min, self.step_size_max = step_sizes
        self.prev = clone_state(self._parameters, "prev", 0)
        self.step_size = clone_state(self._parameters, "step_size", 0)

    def construct(self, gradients):
        gradients, lrs = self._prepare_step(gradients)
        first = self.global_step._array().reshape(()) == 1
        hyper = (np.float32(self.etaminus), np.float32(self.etaplus),
                 np.float32(self.step_size_min), np.float32(self.step_size_max))
        for p, prev, step, g, lr in zip(self._parameters, self.prev, self.step_size, gradients,
                                        lrs):
            new_p, new_prev, new_step = RX.rprop(p._array(), prev._array(), step._array(), lr,
                                                 first, _arr(g), *hyper)
            write(p, new_p)
            write(prev, new_prev)
            write(step, new_step)
        return (True,) * self.param_length
