# mindspore.experimental.optim.AdamW: 20-step trajectories (defaults, weight decay, betas/eps,
# amsgrad, maximize, Tensor/int lr, parameter groups, a jitted train step), state names and
# param_groups, repr, and its argument checks.
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
    print(name, type(opt).__name__, len(opt.param_groups),
          [float(g["lr"].asnumpy()) for g in opt.param_groups])
    print("losses", fmt(losses))
    for n, p in opt.parameters_and_names():
        print(n, p.dtype, p.shape, fmt(p.asnumpy()))


def first_two(net):
    return [net.fc1.weight, net.fc1.bias]


def last_two(net):
    return [net.fc2.weight, net.fc2.bias]


run("default", lambda net: optim.AdamW(net.trainable_params()))
run("lr_wd", lambda net: optim.AdamW(net.trainable_params(), lr=0.02, weight_decay=0.1))
run("betas_eps", lambda net: optim.AdamW(net.trainable_params(), 0.01, betas=(0.8, 0.95),
                                         eps=1e-4))
run("amsgrad", lambda net: optim.AdamW(net.trainable_params(), lr=0.02, betas=(0.9, 0.9),
                                       amsgrad=True))
run("maximize", lambda net: optim.AdamW(net.trainable_params(), lr=0.005, maximize=True))
run("tensor_lr", lambda net: optim.AdamW(net.trainable_params(), lr=Tensor(0.03, ms.float32),
                                         weight_decay=0))
run("int_lr", lambda net: optim.AdamW(net.trainable_params(), lr=0, weight_decay=0.5))
run("groups", lambda net: optim.AdamW(
    [{"params": first_two(net), "lr": 0.05, "weight_decay": 0.0},
     {"params": last_two(net), "betas": (0.85, 0.99), "amsgrad": True}], lr=0.01))
run("jit", lambda net: optim.AdamW(net.trainable_params(), lr=0.02, amsgrad=True), compiled=True)

w = Parameter(Tensor(np.array([1.0, -2.0], np.float32)), name="w")
b = Parameter(Tensor(np.array([0.5], np.float32)), name="b")
opt = optim.AdamW([{"params": w}, {"params": [b], "lr": 0.5}], lr=0.1, weight_decay=2)
print(opt)
print([sorted(g) for g in opt.param_groups], opt.defaults)
print([p.name for p in opt.parameters], opt.group_start_id, [p.name for p in opt.lrs])
print(type(opt.state).__name__, dict(opt.state), isinstance(opt, nn.Cell))
print(opt.state_step, opt.state_step.dtype, opt.state_step.shape)


def attempt(label, build):
    try:
        out = build()
        print(label, "OK", [p.name for p in out.parameters])
    except Exception as e:
        first = (str(e).splitlines() or [""])[0]
        print(label, "ERR", type(e).__name__, re.sub(r"<class '[\w.]*?(\w+)'>", r"<\1>", first))


v = Parameter(Tensor(np.ones(2, np.float32)), name="v")
attempt("lr_negative", lambda: optim.AdamW([v], lr=-0.1))
attempt("eps_negative", lambda: optim.AdamW([v], eps=-1e-8))
attempt("beta1_one", lambda: optim.AdamW([v], betas=(1.0, 0.999)))
attempt("beta2_negative", lambda: optim.AdamW([v], betas=(0.9, -0.1)))
attempt("wd_negative", lambda: optim.AdamW([v], weight_decay=-0.01))
attempt("lr_string", lambda: optim.AdamW([v], lr="0.1"))
attempt("lr_tensor_1d", lambda: optim.AdamW([v], lr=Tensor(np.array([0.1, 0.2], np.float32))))
attempt("lr_tensor_int", lambda: optim.AdamW([v], lr=Tensor(1, ms.int32)))
attempt("betas_list", lambda: optim.AdamW([v], betas=[0.9, 0.99]))
attempt("tensor_param", lambda: optim.AdamW([v, Tensor(np.ones(2, np.float32))]))
attempt("set_params", lambda: optim.AdamW([{"params": {v}}]))
attempt("same_param_two_groups", lambda: optim.AdamW([{"params": [v]}, {"params": [v]}]))
attempt("group_wd_string", lambda: optim.AdamW([{"params": [v], "weight_decay": "0.1"}]))
attempt("group_lr_negative", lambda: optim.AdamW([{"params": [v], "lr": -1.0}]))
attempt("group_not_dict", lambda: optim.AdamW([{"params": [v]}, [b]]))
attempt("none", lambda: optim.AdamW(None))
attempt("empty", lambda: optim.AdamW([]))
attempt("not_iterable", lambda: optim.AdamW(3))
attempt("single_parameter", lambda: optim.AdamW(v))
