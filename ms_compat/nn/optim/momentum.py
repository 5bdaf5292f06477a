"""``mindspore.nn.Momentum``: ``accum = momentum * accum + g``; ``p -= lr * accum``, or with
``use_nesterov`` ``p -= lr * g + lr * momentum * accum`` (state ``momentum``,
``moments.<name>``)."""
from __future__ import annotations

from ..._src import dtype as mstype
from ..._src.parameter import Parameter
from ..._src.tensor import Tensor
from ... import _checkparam as V
from . import _update_rules as R
from .optimizer import Optimizer, _arr, clone_state, opt_init_args_register, write

__all__ = ["Momentum"]


class Momentum(Optimizer):
    """Momentum SGD (see module docstring). MindSpore 2.10's CPU kernel ignores
    ``use_nesterov``; ms_compat applies the documented Nesterov formula."""

    @opt_init_args_register
    def __init__(self, params, learning_rate, momentum, weight_decay=0.0, loss_scale=1.0,
                 use_nesterov=False):
        super().__init__(learning_rate, params, weight_decay, loss_scale)
        V.value_type("momentum", momentum, [float], self.cls_name)
        if momentum < 0.0:
            raise ValueError("For 'Momentum', the argument 'momentum' must be at least 0.0, "
                             f"but got {momentum}")
        self.momentum = Parameter(Tensor(momentum, mstype.float32), name="momentum")
        self.params = self._parameters
        self.use_nesterov = V.check_bool(use_nesterov)
        self.moments = clone_state(self.params, "moments", 0)

    def construct(self, gradients):
        gradients, lrs = self._prepare_step(gradients)
        mom = self.momentum._array()
        for p, g, moment, lr in zip(self.params, gradients, self.moments, lrs):
            new_p, new_moment = R.momentum(p._array(), moment._array(), lr, _arr(g), mom,
                                           nesterov=self.use_nesterov)
            write(p, new_p)
            write(moment, new_moment)
        return (True,) * self.param_length
