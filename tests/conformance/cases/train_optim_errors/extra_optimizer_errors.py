# The less common nn optimizers (Adadelta, AdaMax, ...) given bad arguments: the exception type
# and first message line of each.
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


def adadelta_step_list():
    opt = nn.Adadelta([w])
    opt([Tensor(np.ones(2, np.float32))])


def adadelta_step_numpy():
    opt = nn.Adadelta([w])
    opt((np.ones(2, np.float32),))


attempt("adadelta_rho_big", lambda: nn.Adadelta([w], rho=1.5))
attempt("adadelta_rho_negative", lambda: nn.Adadelta([w], rho=-0.1))
attempt("adadelta_rho_one", lambda: nn.Adadelta([w], rho=1.0))
attempt("adadelta_rho_int", lambda: nn.Adadelta([w], rho=1))
attempt("adadelta_rho_bool", lambda: nn.Adadelta([w], rho=True))
attempt("adadelta_epsilon_negative", lambda: nn.Adadelta([w], epsilon=-1.0))
attempt("adadelta_epsilon_zero", lambda: nn.Adadelta([w], epsilon=0.0))
attempt("adadelta_epsilon_int", lambda: nn.Adadelta([w], epsilon=1))
attempt("adadelta_lr_negative", lambda: nn.Adadelta([w], learning_rate=-1.0))
attempt("adadelta_loss_scale_zero", lambda: nn.Adadelta([w], loss_scale=0.0))
attempt("adadelta_step_list", adadelta_step_list)
attempt("adadelta_step_numpy", adadelta_step_numpy)
attempt("adamax_beta1_one", lambda: nn.AdaMax([w], beta1=1.0))
attempt("adamax_beta2_zero", lambda: nn.AdaMax([w], beta2=0.0))
attempt("adamax_beta2_int", lambda: nn.AdaMax([w], beta2=1))
attempt("adamax_eps_zero", lambda: nn.AdaMax([w], eps=0.0))
attempt("adamax_eps_string", lambda: nn.AdaMax([w], eps="1e-8"))
attempt("adamax_weight_decay_negative", lambda: nn.AdaMax([w], weight_decay=-0.1))
attempt("rprop_etas_list", lambda: nn.Rprop([w], etas=[0.5, 1.2]))
attempt("rprop_etas_short", lambda: nn.Rprop([w], etas=(0.5,)))
attempt("rprop_step_sizes_list", lambda: nn.Rprop([w], step_sizes=[1e-6, 50.0]))
attempt("rprop_step_sizes_long", lambda: nn.Rprop([w], step_sizes=(1e-6, 1.0, 50.0)))
attempt("rprop_step_sizes_reversed", lambda: nn.Rprop([w], step_sizes=(2.0, 1.0)))
attempt("rprop_etaminus_big", lambda: nn.Rprop([w], etas=(1.5, 1.2)))
attempt("rprop_etaminus_int", lambda: nn.Rprop([w], etas=(1, 1.2)))
attempt("rprop_etaplus_int", lambda: nn.Rprop([w], etas=(0.5, 2)))
attempt("rprop_etaplus_small", lambda: nn.Rprop([w], etas=(0.5, 0.9)))
attempt("rprop_min_step_int", lambda: nn.Rprop([w], step_sizes=(0, 2.0)))
attempt("rprop_max_step_int", lambda: nn.Rprop([w], step_sizes=(1.0, 2)))
attempt("rprop_weight_decay_negative", lambda: nn.Rprop([w], weight_decay=-0.1))
attempt("asgd_lambd_int", lambda: nn.ASGD([w], lambd=1))
attempt("asgd_alpha_string", lambda: nn.ASGD([w], alpha="0.75"))
attempt("asgd_t0_int", lambda: nn.ASGD([w], t0=100))
attempt("asgd_lr_negative", lambda: nn.ASGD([w], learning_rate=-0.1))
attempt("proximal_adagrad_accum_int", lambda: nn.ProximalAdagrad([w], accum=1))
attempt("proximal_adagrad_accum_negative", lambda: nn.ProximalAdagrad([w], accum=-1.0))
attempt("proximal_adagrad_l1_negative", lambda: nn.ProximalAdagrad([w], l1=-1.0))
attempt("proximal_adagrad_l2_int", lambda: nn.ProximalAdagrad([w], l2=1))
attempt("proximal_adagrad_use_locking_int", lambda: nn.ProximalAdagrad([w], use_locking=1))
attempt("proximal_adagrad_lr_negative", lambda: nn.ProximalAdagrad([w], learning_rate=-0.1))
attempt("ftrl_initial_accum_int", lambda: nn.FTRL([w], initial_accum=1))
attempt("ftrl_initial_accum_negative", lambda: nn.FTRL([w], initial_accum=-1.0))
attempt("ftrl_lr_int", lambda: nn.FTRL([w], learning_rate=1))
attempt("ftrl_lr_zero", lambda: nn.FTRL([w], learning_rate=0.0))
attempt("ftrl_lr_negative", lambda: nn.FTRL([w], learning_rate=-0.1))
attempt("ftrl_lr_tensor", lambda: nn.FTRL([w], learning_rate=Tensor(0.1, ms.float32)))
attempt("ftrl_lr_list", lambda: nn.FTRL([w], learning_rate=[0.1, 0.2]))
attempt("ftrl_group_lr", lambda: nn.FTRL([{"params": [w], "lr": 0.1}], learning_rate=0.1))
attempt("ftrl_lr_power_positive", lambda: nn.FTRL([w], lr_power=0.5))
attempt("ftrl_lr_power_int", lambda: nn.FTRL([w], lr_power=-1))
attempt("ftrl_l1_negative", lambda: nn.FTRL([w], l1=-1.0))
attempt("ftrl_l2_int", lambda: nn.FTRL([w], l2=1))
attempt("ftrl_l2_negative", lambda: nn.FTRL([w], l2=-0.5))
attempt("ftrl_use_locking_int", lambda: nn.FTRL([w], use_locking=1))
attempt("lazyadam_beta1_one", lambda: nn.LazyAdam([w], beta1=1.0))
attempt("lazyadam_beta2_int", lambda: nn.LazyAdam([w], beta2=1))
attempt("lazyadam_eps_int", lambda: nn.LazyAdam([w], eps=1))
attempt("lazyadam_eps_zero", lambda: nn.LazyAdam([w], eps=0.0))
attempt("lazyadam_weight_decay_int", lambda: nn.LazyAdam([w], weight_decay=1))
attempt("lazyadam_weight_decay_negative", lambda: nn.LazyAdam([w], weight_decay=-1.0))
attempt("lazyadam_use_nesterov_int", lambda: nn.LazyAdam([w], use_nesterov=1))
attempt("lazyadam_use_locking_int", lambda: nn.LazyAdam([w], use_locking=1))
