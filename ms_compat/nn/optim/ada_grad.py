"""``mindspore.nn.Adagrad``: ``accum += g^2`` (when ``update_slots``);
``w -= lr * g / sqrt(accum)`` (no epsilon). State ``accum.<name>`` starting at ``accum``."""
from __future__ import annotations

from ... import _checkparam as V
from . import _update_rules as R
from .optimizer import Optimizer, _arr, clone_state, opt_init_args_register, write

__all__ = ["Adagrad"]


class Adagrad(Optimizer):
    """Adaptive sub-gradient method (see module docstring)."""

    @opt_init_args_register
    def __init__(self, params, accum=0.1, learning_rate=0.001, update_slots=True, loss_scale=1.0,
                 weight_decay=0.0):
        super().__init__(learning_rate, params, weight_decay, loss_scale)
        V.value_type("accum", accum, [float], self.cls_name)
        V.value_type("update_slots", update_slots, [bool], self.cls_name)
        V.non_negative_float(accum, "accum", self.cls_name)
        self.update_slots = update_slots
        self.accum = clone_state(self._parameters, "accum", accum)

    def construct(self, grads):
        grads = self._check_gradients(grads)
        grads = self.decay_weight(grads)
        grads = self.gradients_centralization(grads)
        grads = self.scale_grad(grads)
        lrs = self._lr_values(self.get_lr())
        self._increase_global_step()
        for p, accum, g, lr in zip(self._parameters, self.accum, grads, lrs):
            new_p, new_accum = R.adagrad(p._array(), accum._array(), lr, _arr(g),
                                         update_slots=self.update_slots)
            write(p, new_p)
            write(accum, new_accum)
        return (True,) * self.param_length
