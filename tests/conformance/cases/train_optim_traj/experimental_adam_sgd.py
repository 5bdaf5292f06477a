# mindspore.experimental.optim.Adam and SGD: 20-step trajectories (weight decay, maximize,
# amsgrad (accepted, no effect in MindSpore 2.10), momentum/dampening/nesterov, parameter groups,
# Tensor lr, a jitted step), state names, and argument checks.
import re
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.experimental import optim


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

    def construct(self, x):
        return self.fc2(ops.relu(self.fc1(x)))


rng = np.random.default_rng(0)
x = Tensor(rng.standard_normal((8, 4)).astype(np.float32))
y = Tensor(rng.standard_normal((8, 2)).astype(np.float32))


def fmt(values):
    return " ".join(f"{v:.6e}" for v in np.asarray(values, np.float64).ravel())


def run(name, make_opt, compiled=False):
    net = Net()
    opt = make_opt(net)
    loss_fn = nn.MSELoss()

    def forward(a, b):
        return loss_fn(net(a), b)

    grad_fn = ms.value_and_grad(forward, None, opt.parameters)

    def step(a, b):
        loss, grads = grad_fn(a, b)
        opt(grads)
        return loss

    if compiled:
        step = ms.jit(step)
    losses = [float(step(x, y).asnumpy()) for _ in range(20)]
    print(name, type(opt).__name__, [sorted(g) for g in opt.param_groups][0])
    print("losses", fmt(losses))
    for n, p in opt.parameters_and_names():
        print(n, p.dtype, p.shape, fmt(p.asnumpy()))


def groups(net, first, rest):
    return [dict(first, params=[net.fc1.weight, net.fc1.bias]),
            dict(rest, params=[net.fc2.weight, net.fc2.bias])]


run("adam", lambda net: optim.Adam(net.trainable_params(), lr=0.02))
run("adam_wd", lambda net: optim.Adam(net.trainable_params(), lr=0.02, weight_decay=0.1,
                                      betas=(0.8, 0.99), eps=1e-6))
run("adam_amsgrad", lambda net: optim.Adam(net.trainable_params(), lr=0.02, amsgrad=True))
run("adam_maximize", lambda net: optim.Adam(net.trainable_params(), lr=0.005, maximize=True))
run("adam_groups", lambda net: optim.Adam(groups(net, {"lr": 0.05}, {"weight_decay": 0.2}),
                                          lr=Tensor(0.01, ms.float32)))
run("adam_jit", lambda net: optim.Adam(net.trainable_params(), lr=0.02), compiled=True)
run("sgd", lambda net: optim.SGD(net.trainable_params(), lr=0.1))
run("sgd_momentum", lambda net: optim.SGD(net.trainable_params(), 0.1, momentum=0.9))
run("sgd_dampening_wd", lambda net: optim.SGD(net.trainable_params(), 0.1, momentum=0.8,
                                              dampening=0.3, weight_decay=0.05))
run("sgd_nesterov", lambda net: optim.SGD(net.trainable_params(), 0.05, momentum=0.9,
                                          nesterov=True))
run("sgd_maximize", lambda net: optim.SGD(net.trainable_params(), 0.01, maximize=True))
run("sgd_groups", lambda net: optim.SGD(
    groups(net, {"lr": 0.05, "momentum": 0.5}, {"dampening": 0.5, "weight_decay": 0.1}),
    lr=0.1, momentum=0.9))
run("sgd_jit", lambda net: optim.SGD(net.trainable_params(), 0.1, momentum=0.9), compiled=True)


def attempt(label, build):
    try:
        out = build()
        print(label, "OK", [p.name for p in out.parameters])
    except Exception as e:
        first = (str(e).splitlines() or [""])[0]
        print(label, "ERR", type(e).__name__, re.sub(r"<class '[\w.]*?(\w+)'>", r"<\1>", first))


v = Parameter(Tensor(np.ones(2, np.float32)), name="v")
attempt("adam_lr_negative", lambda: optim.Adam([v], lr=-1.0))
attempt("adam_beta_one", lambda: optim.Adam([v], betas=(0.9, 1.0)))
attempt("adam_wd_negative", lambda: optim.Adam([v], weight_decay=-0.5))
attempt("sgd_no_lr", lambda: optim.SGD([v]))
attempt("sgd_lr_string", lambda: optim.SGD([v], "0.1"))
attempt("sgd_lr_negative", lambda: optim.SGD([v], -0.1))
attempt("sgd_momentum_string", lambda: optim.SGD([v], 0.1, momentum="0.9"))
attempt("sgd_momentum_negative", lambda: optim.SGD([v], 0.1, momentum=-0.9))
attempt("sgd_nesterov_int", lambda: optim.SGD([v], 0.1, momentum=0.9, nesterov=1))
attempt("sgd_maximize_int", lambda: optim.SGD([v], 0.1, maximize=1))
attempt("sgd_nesterov_no_momentum", lambda: optim.SGD([v], 0.1, nesterov=True))
attempt("sgd_nesterov_dampening", lambda: optim.SGD([v], 0.1, momentum=0.9, dampening=0.1,
                                                    nesterov=True))
attempt("sgd_group_dampening_str", lambda: optim.SGD([{"params": [v], "dampening": "x"}], 0.1))
attempt("sgd_wd_negative", lambda: optim.SGD([v], 0.1, weight_decay=-1))
