# Optimizers given bad hyper-parameters: learning rates, weight decay, loss scale, betas,
# momentum, flags.
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor, Parameter

w = Parameter(Tensor(np.ones(2, np.float32)), name="w")


def attempt(label, build):
    try:
        build()
        print(label, "OK")
    except Exception as e:
        print(label, "ERR", type(e).__name__, (str(e).splitlines() or [""])[0])


attempt("lr_negative", lambda: nn.SGD([w], -0.1))
attempt("lr_string", lambda: nn.SGD([w], "a"))
attempt("lr_none", lambda: nn.SGD([w], None))
attempt("lr_bool", lambda: nn.SGD([w], True))
attempt("lr_tensor_2d", lambda: nn.SGD([w], Tensor(np.ones((2, 2), np.float32))))
attempt("lr_int_tensor", lambda: nn.Adam([w], Tensor(np.array([1, 2], np.int32))))
attempt("lr_nan", lambda: nn.SGD([w], float("nan")))
attempt("weight_decay_negative", lambda: nn.SGD([w], 0.1, weight_decay=-1))
attempt("weight_decay_string", lambda: nn.Adam([w], weight_decay="0.1"))
attempt("loss_scale_zero", lambda: nn.SGD([w], 0.1, loss_scale=0))
attempt("loss_scale_string", lambda: nn.Momentum([w], 0.1, 0.9, loss_scale="2"))
attempt("sgd_momentum_negative", lambda: nn.SGD([w], 0.1, momentum=-0.5))
attempt("sgd_momentum_string", lambda: nn.SGD([w], 0.1, momentum="0.5"))
attempt("sgd_dampening_negative", lambda: nn.SGD([w], 0.1, momentum=0.5, dampening=-1.0))
attempt("sgd_nesterov_no_momentum", lambda: nn.SGD([w], 0.1, nesterov=True))
attempt("sgd_nesterov_dampening", lambda: nn.SGD([w], 0.1, momentum=0.9, dampening=0.1,
                                                 nesterov=True))
attempt("sgd_nesterov_int", lambda: nn.SGD([w], 0.1, momentum=0.9, nesterov=1))
attempt("momentum_int", lambda: nn.Momentum([w], 0.1, 1))
attempt("momentum_negative", lambda: nn.Momentum([w], 0.1, -0.9))
attempt("momentum_nesterov_int", lambda: nn.Momentum([w], 0.1, 0.9, use_nesterov=1))
attempt("adam_beta1_one", lambda: nn.Adam([w], beta1=1.0))
attempt("adam_beta2_zero", lambda: nn.Adam([w], beta2=0.0))
attempt("adam_beta1_int", lambda: nn.Adam([w], beta1=1))
attempt("adam_eps_zero", lambda: nn.Adam([w], eps=0.0))
attempt("adam_nesterov_int", lambda: nn.Adam([w], use_nesterov=0))
attempt("adam_bad_kwarg", lambda: nn.Adam([w], use_fast=True))
attempt("adam_lazy_offload", lambda: nn.Adam([w], use_lazy=True, use_offload=True))
attempt("adam_lazy_amsgrad", lambda: nn.Adam([w], use_lazy=True, use_amsgrad=True))
attempt("adamwd_eps_negative", lambda: nn.AdamWeightDecay([w], eps=-1e-6))
attempt("rmsprop_decay_negative", lambda: nn.RMSProp([w], decay=-0.9))
attempt("rmsprop_epsilon_zero", lambda: nn.RMSProp([w], epsilon=0.0))
attempt("rmsprop_centered_int", lambda: nn.RMSProp([w], centered=1))
attempt("rmsprop_momentum_int", lambda: nn.RMSProp([w], momentum=1))
attempt("adagrad_accum_negative", lambda: nn.Adagrad([w], accum=-0.1))
attempt("adagrad_accum_int", lambda: nn.Adagrad([w], accum=1))
attempt("adagrad_slots_int", lambda: nn.Adagrad([w], update_slots=1))
attempt("lamb_no_lr", lambda: nn.Lamb([w]))
attempt("lamb_beta2_big", lambda: nn.Lamb([w], 0.1, beta2=1.5))
