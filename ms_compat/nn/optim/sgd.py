"""``mindspore.nn.SGD``: stochastic gradient descent with optional momentum, dampening and
Nesterov momentum (MindSpore's formula: the first momentum step sets ``accum = gradient``;
state ``momentum``, ``accum.<name>``, ``stat.<name>``)."""
from __future__ import annotations

from ..._src import dtype as mstype
from ..._src.parameter import Parameter
from ..._src.tensor import Tensor
from ... import _checkparam as V
from . import _update_rules as R
from .optimizer import (Optimizer, _arr, clone_state, concrete_scalar, opt_init_args_register,
                        write)

__all__ = ["SGD"]


def _as_float(name, value, what):
    if isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, float):
        raise TypeError(f"For 'SGD', the argument '{name}' must be float type, but got "
                        f"{type(value)}.")
    if value < 0.0:
        raise ValueError(f"For 'SGD', the argument '{name}' must be at least 0.0, but got "
                         f"{what}{value}{'' if what else '.'}")
    return value


class SGD(Optimizer):
    """``v = momentum * v + (1 - dampening) * g`` (``v = g`` on the first step);
    ``p -= lr * (g + momentum * v)`` with ``nesterov``, else ``p -= lr * v``; plain
    ``p -= lr * g`` when ``momentum == 0``."""

    @opt_init_args_register
    def __init__(self, params, learning_rate=0.1, momentum=0.0, dampening=0.0, weight_decay=0.0,
                 nesterov=False, loss_scale=1.0):
        super().__init__(learning_rate, params, weight_decay, loss_scale)
        momentum = _as_float("momentum", momentum, "")
        dampening = _as_float("dampening", dampening, "'dampening' ")
        self.dampening = dampening
        V.value_type("nesterov", nesterov, [bool], self.cls_name)
        if nesterov and (momentum <= 0.0 or dampening != 0.0):
            raise ValueError("For 'SGD', if 'nesterov' is true, 'momentum' must be > 0.0 and "
                             "'dampening' must equal to 0.0, but got 'momentum' "
                             f"{momentum}, 'dampening' {dampening}.")
        self.nesterov = nesterov
        if self.dynamic_weight_decay:
            raise TypeError("For 'SGD', dynamic weight decay is currently not supported, the "
                            "argument 'weight_decay' or 'weight_decay' set in grouped 'params' "
                            "must be float or int type.")
        self.momentum = Parameter(Tensor(momentum, mstype.float32), name="momentum")
        self.accum = clone_state(self._parameters, "accum", 0)
        self.stat = clone_state(self._parameters, "stat", 1)

    def construct(self, gradients):
        gradients, lrs = self._prepare_step(gradients)
        if concrete_scalar(self.momentum) == 0.0:  # accum and stat stay as they are
            for p, g, lr in zip(self._parameters, gradients, lrs):
                write(p, R.sgd_plain(p._array(), _arr(g), lr))
            return (True,) * self.param_length
        mom = self.momentum._array()
        for p, g, accum, stat, lr in zip(self._parameters, gradients, self.accum, self.stat, lrs):
            new_p, new_accum, new_stat = R.sgd(p._array(), _arr(g), lr, accum._array(), mom,
                                               stat._array(), dampening=self.dampening,
                                               nesterov=self.nesterov)
            write(p, new_p)
            write(accum, new_accum)
            write(stat, new_stat)
        return (True,) * self.param_length
