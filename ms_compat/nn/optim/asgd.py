"""``mindspore.nn.ASGD``: averaged stochastic gradient descent.

State per parameter: ``mu_<name>`` (Float32 scalar, starts at 1), ``eta_<name>`` (Float32
scalar, starts at 0) and ``ax_.<name>`` (the average, starts at 0), registered in that order
(all ``mu_``, then all ``eta_``, then all ``ax_``). Per step ``t`` (``global_step`` after its
increment, from 1), after weight decay and gradient centralization, in Float32:

    eta = lr                                   (on step 1 only)
    w   = w * (1 - lambd * eta) - eta * g
    ax  = w  if mu == 1  else  ax + (w - ax) * mu
    eta = lr / (1 + lambd * lr * t) ** alpha
    mu  = 1 / max(1, t - t0)

``lambd``, ``alpha``, ``t0`` must be floats. There is no ``loss_scale`` argument (as in
MindSpore). Differences from MindSpore: none known.
"""
from __future__ import annotations

import numpy as np

from ..._src import dtype as mstype
from ..._src.parameter import Parameter
from ..._src.tensor import Tensor
from ... import _checkparam as V
from . import _update_rules_extra as RX
from .optimizer import (Optimizer, _arr, _param_tuple, clone_state, opt_init_args_register,
                        write)

__all__ = ["ASGD"]


class ASGD(Optimizer):
    """Averaged SGD (see module docstring)."""

    @opt_init_args_register
    def __init__(self, params, learning_rate=0.1, lambd=1e-4, alpha=0.75, t0=1e6,
                 weight_decay=0.0):
        super().__init__(learning_rate, params, weight_decay)
        V.value_type("lambd", lambd, [float], self.cls_name)
        V.value_type("alpha", alpha, [float], self.cls_name)
        V.value_type("t0", t0, [float], self.cls_name)
        self.lambd = lambd
        self.alpha = alpha
        self.t0 = Tensor([t0], dtype=mstype.float32)
        self.lens = len(self._parameters)
        self.mu = _param_tuple([Parameter(Tensor(1., dtype=mstype.float32), name=f"mu_{p.name}")
                                for p in self._parameters])
        self.eta = _param_tuple([Parameter(Tensor(0., dtype=mstype.float32),
                                           name=f"eta_{p.name}") for p in self._parameters])
        self.ax = clone_state(self._parameters, "ax_", 0)

    def construct(self, gradients):
        gradients, lrs = self._prepare_step(gradients)
        step = self.global_step._array()
        lambd, alpha, t0 = np.float32(self.lambd), np.float32(self.alpha), self.t0._array()
        for p, mu, eta, ax, g, lr in zip(self._parameters, self.mu, self.eta, self.ax, gradients,
                                         lrs):
            new_p, new_ax, new_mu, new_eta = RX.asgd(p._array(), ax._array(), mu._array(),
                                                     eta._array(), lr, step, lambd, alpha, t0,
                                                     _arr(g))
            write(p, new_p)
            write(ax, new_ax)
            write(eta, new_eta)
            write(mu, new_mu)
        return (True,) * self.param_length
