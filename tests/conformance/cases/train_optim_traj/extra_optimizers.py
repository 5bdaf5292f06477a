# 20-step trajectories of the less common nn optimizers (Adadelta, AdaMax, ...): losses, then the
# final value of every Parameter the optimizer holds (weights and optimizer state), by name.
# Each optimizer runs plain, with weight decay, with group parameters (own lr / weight decay)
# and with a dynamic learning rate where it supports them.
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class Linear(nn.Cell):
    def __init__(self, n_in, n_out, seed):
        super().__init__()
        rng = np.random.default_rng(seed)
        self.weight = Parameter(Tensor(rng.uniform(-0.6, 0.6, (n_out, n_in)).astype(np.float32)))
        self.bias = Parameter(Tensor(rng.uniform(-0.2, 0.2, (n_out,)).astype(np.float32)))

    def construct(self, x):
        return ops.matmul(x, self.weight.T) + self.bias


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc1 = Linear(4, 3, 1)
        self.fc2 = Linear(3, 2, 2)
        # named 'gamma': excluded from weight decay when parameters are not grouped
        self.gamma = Parameter(Tensor(np.array([1.0, 0.8], np.float32)))

    def construct(self, x):
        return self.fc2(ops.relu(self.fc1(x))) * self.gamma


rng = np.random.default_rng(0)
x = Tensor(rng.standard_normal((8, 4)).astype(np.float32))
y = Tensor(rng.standard_normal((8, 2)).astype(np.float32))


def fmt(values):
    return " ".join(f"{v:.6e}" for v in np.asarray(values, np.float64).ravel())


def groups(params, lr=None):
    first = [p for p in params if p.name.startswith("fc1")]
    rest = [p for p in params if not p.name.startswith("fc1")]
    group = {"params": first, "weight_decay": 0.02}
    if lr is not None:
        group["lr"] = lr
    return [group, {"params": rest}]


def lr_list(start):
    return [start * (0.9 ** i) for i in range(20)]


def run(name, make_opt):
    net = Net()
    opt = make_opt(net.trainable_params())
    loss_fn = nn.MSELoss()

    def forward(a, b):
        return loss_fn(net(a), b)

    grad_fn = ms.value_and_grad(forward, None, opt.parameters)
    losses = []
    for _ in range(20):
        loss, grads = grad_fn(x, y)
        opt(grads)
        losses.append(float(loss.asnumpy()))
    print(name, type(opt).__name__)
    print("losses", fmt(losses))
    for p in opt.get_parameters():
        print(p.name, p.dtype, p.shape, fmt(p.asnumpy()))


def adadelta(ps):
    return nn.Adadelta(ps)


def adadelta_settings(ps):
    return nn.Adadelta(ps, learning_rate=0.5, rho=0.8, epsilon=1e-4, weight_decay=0.05)


def adadelta_groups(ps):
    return nn.Adadelta(groups(ps, 2.0), learning_rate=1.0, loss_scale=4.0)


def adadelta_dynamic(ps):
    return nn.Adadelta(ps, learning_rate=lr_list(2.0), rho=0.95)


def adamax(ps):
    return nn.AdaMax(ps, learning_rate=0.02)


def adamax_settings(ps):
    return nn.AdaMax(ps, learning_rate=0.01, beta1=0.8, beta2=0.95, eps=1e-4, weight_decay=0.05)


def adamax_groups(ps):
    return nn.AdaMax(groups(ps, 0.05), learning_rate=0.02, loss_scale=2.0)


def adamax_dynamic(ps):
    return nn.AdaMax(ps, learning_rate=nn.ExponentialDecayLR(0.03, 0.8, 4))


def rprop(ps):
    return nn.Rprop(ps)


def rprop_settings(ps):
    return nn.Rprop(ps, learning_rate=0.05, etas=(0.3, 1.5), step_sizes=(1e-3, 0.2),
                    weight_decay=0.05)


def rprop_groups(ps):
    return nn.Rprop(groups(ps, 0.02), learning_rate=0.05, step_sizes=(0.01, 0.08))


def rprop_dynamic(ps):
    return nn.Rprop(ps, learning_rate=nn.ExponentialDecayLR(0.03, 0.8, 4))


def asgd(ps):
    return nn.ASGD(ps, learning_rate=0.05)


def asgd_settings(ps):
    return nn.ASGD(ps, learning_rate=0.05, lambd=0.01, alpha=0.5, t0=5.0, weight_decay=0.05)


def asgd_groups(ps):
    return nn.ASGD(groups(ps, 0.1), learning_rate=0.05, lambd=0.1, t0=12.0)


def asgd_dynamic(ps):
    return nn.ASGD(ps, learning_rate=lr_list(0.1), lambd=0.05, t0=3.0)


def proximal_adagrad(ps):
    return nn.ProximalAdagrad(ps, learning_rate=0.1)


def proximal_adagrad_settings(ps):
    return nn.ProximalAdagrad(ps, accum=0.5, learning_rate=0.2, l1=0.01, l2=0.02,
                              weight_decay=0.05)


def proximal_adagrad_groups(ps):
    return nn.ProximalAdagrad(groups(ps, 0.3), learning_rate=0.1, l2=0.1, loss_scale=2.0)


def proximal_adagrad_dynamic(ps):
    return nn.ProximalAdagrad(ps, learning_rate=lr_list(0.2), l1=0.02)


def ftrl(ps):
    return nn.FTRL(ps, learning_rate=0.1)


# FTRL with l1 > 0 is left out: MindSpore 2.10's CPU ApplyFtrl kernel computes
# (l1 - linear) / quadratic where linear < -l1 instead of (-l1 - linear) / quadratic (the sign of
# linear is lost), a bug ms_compat does not copy.
def ftrl_settings(ps):
    return nn.FTRL(ps, initial_accum=0.5, learning_rate=0.2, lr_power=-0.3, l2=0.05,
                   weight_decay=0.02)


def ftrl_groups(ps):
    return nn.FTRL(groups(ps), learning_rate=0.1, loss_scale=4.0)


def ftrl_lr_power_zero(ps):
    return nn.FTRL(ps, learning_rate=0.05, lr_power=0.0, l2=0.01)


def lazyadam(ps):
    return nn.LazyAdam(ps, learning_rate=0.02)


def lazyadam_settings(ps):
    return nn.LazyAdam(ps, learning_rate=0.01, beta1=0.8, beta2=0.95, eps=1e-6, use_nesterov=True,
                       weight_decay=0.05)


def lazyadam_groups(ps):
    return nn.LazyAdam(groups(ps, 0.05), learning_rate=0.02, loss_scale=2.0)


def lazyadam_dynamic(ps):
    return nn.LazyAdam(ps, learning_rate=lr_list(0.03))


CONFIGS = [
    ("adadelta", adadelta),
    ("adadelta_settings", adadelta_settings),
    ("adadelta_groups", adadelta_groups),
    ("adadelta_dynamic", adadelta_dynamic),
    ("adamax", adamax),
    ("adamax_settings", adamax_settings),
    ("adamax_groups", adamax_groups),
    ("adamax_dynamic", adamax_dynamic),
    ("rprop", rprop),
    ("rprop_settings", rprop_settings),
    ("rprop_groups", rprop_groups),
    ("rprop_dynamic", rprop_dynamic),
    ("asgd", asgd),
    ("asgd_settings", asgd_settings),
    ("asgd_groups", asgd_groups),
    ("asgd_dynamic", asgd_dynamic),
    ("proximal_adagrad", proximal_adagrad),
    ("proximal_adagrad_settings", proximal_adagrad_settings),
    ("proximal_adagrad_groups", proximal_adagrad_groups),
    ("proximal_adagrad_dynamic", proximal_adagrad_dynamic),
    ("ftrl", ftrl),
    ("ftrl_settings", ftrl_settings),
    ("ftrl_groups", ftrl_groups),
    ("ftrl_lr_power_zero", ftrl_lr_power_zero),
    ("lazyadam", lazyadam),
    ("lazyadam_settings", lazyadam_settings),
    ("lazyadam_groups", lazyadam_groups),
    ("lazyadam_dynamic", lazyadam_dynamic),
]

for config_name, factory in CONFIGS:
    run(config_name, factory)


# Float16 parameters: state keeps the parameter's dtype (powers, mu_/eta_ stay Float32); the
# gradient is computed with numpy from the weights so that both frameworks see the same bits.
# FTRL is left out: MindSpore 2.10's CPU ApplyFtrl kernel rejects Float16 (TypeError).
def run_float16(name, make_opt):
    w = Parameter(Tensor(np.array([0.5, -0.3, 0.2, 0.9], np.float16)), name="w")
    target = np.array([0.1, 0.4, -0.2, 0.9], np.float16)
    opt = make_opt([w])
    for _ in range(20):
        g = ((w.asnumpy() - target) * np.float16(0.5)).astype(np.float16)
        opt((Tensor(g),))
    print(name, "float16", type(opt).__name__)
    for p in opt.get_parameters():
        print(p.name, p.dtype, p.shape, fmt(p.asnumpy()))


def adadelta_f16(ps):
    return nn.Adadelta(ps, learning_rate=1.0, weight_decay=0.01)


def adamax_f16(ps):
    return nn.AdaMax(ps, learning_rate=0.05)


def rprop_f16(ps):
    return nn.Rprop(ps, learning_rate=0.05)


def asgd_f16(ps):
    return nn.ASGD(ps, learning_rate=0.1, lambd=0.01, t0=5.0)


def proximal_adagrad_f16(ps):
    return nn.ProximalAdagrad(ps, learning_rate=0.1, l1=0.01, l2=0.01)


def lazyadam_f16(ps):
    return nn.LazyAdam(ps, learning_rate=0.05)


for config_name, factory in [("adadelta", adadelta_f16), ("adamax", adamax_f16),
                             ("rprop", rprop_f16), ("asgd", asgd_f16),
                             ("proximal_adagrad", proximal_adagrad_f16),
                             ("lazyadam", lazyadam_f16)]:
    run_float16(config_name, factory)
