"""``mindspore.nn.Lamb`` (layer-wise adaptive moments): bias-corrected Adam direction
``r = m_hat / (sqrt(v_hat) + eps) + weight_decay * w`` scaled by the trust ratio
``||w|| / ||r||`` (1 when either norm is 0): ``w -= lr * ratio * r``, with ``t`` the
incremented ``global_step``. State ``lamb_m.<name>``, ``lamb_v.<name>``.

MindSpore 2.10 has no CPU kernel for its Lamb primitive (it raises at the first step on CPU),
so these numbers follow the documented algorithm and could not be compared with MindSpore CPU.
"""
from __future__ import annotations

import numpy as np

from ..._src.tensor import Tensor
from .adam import check_betas
from . import _update_rules as R
from .optimizer import Optimizer, _arr, clone_state, opt_init_args_register, write

__all__ = ["Lamb"]


class Lamb(Optimizer):
    """LAMB (see module docstring)."""

    _support_parallel_optimizer = True

    @opt_init_args_register
    def __init__(self, params, learning_rate, beta1=0.9, beta2=0.999, eps=1e-6,
                 weight_decay=0.0):
        super().__init__(learning_rate, params, weight_decay)
        check_betas(beta1, beta2, eps, self.cls_name)
        self.beta1 = Tensor(np.array([beta1]).astype(np.float32))
        self.beta2 = Tensor(np.array([beta2]).astype(np.float32))
        self.eps = Tensor(np.array([eps]).astype(np.float32))
        self.params = self._parameters
        self.moments1 = clone_state(self.params, "lamb_m", 0)
        self.moments2 = clone_state(self.params, "lamb_v", 0)

    def construct(self, gradients):
        gradients = self._check_gradients(gradients)
        wds = self._wd_values(self.get_weight_decay())
        lrs = self._lr_values(self.get_lr())
        self._increase_global_step()
        gradients = self.gradients_centralization(gradients)
        step = self.global_step._array()
        beta1 = self.beta1._array().reshape(())
        beta2 = self.beta2._array().reshape(())
        eps = self.eps._array().reshape(())
        zero = np.float32(0.0)
        for i, (p, g, lr) in enumerate(zip(self.params, gradients, lrs)):
            m, v = self.moments1[i], self.moments2[i]
            wd = wds[i] if self.decay_flags[i] else zero
            new_p, new_m, new_v = R.lamb(p._array(), m._array(), v._array(), lr, beta1, beta2,
                                         eps, _arr(wd), step, _arr(g))
            write(p, new_p)
            write(m, new_m)
            write(v, new_v)
        return (True,) * self.param_length
