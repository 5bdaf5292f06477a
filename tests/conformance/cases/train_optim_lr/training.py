# 20-step trajectories with dynamic learning rates (lists, Tensors, schedule Cells, dynamic_lr
# lists), parameter groups (per-group lr / weight_decay / grad_centralization, order_params) and
# a weight-decay schedule. Prints the losses, the rates used and the final weights.
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
    def __init__(self, n_in=4):
        super().__init__()
        self.fc1 = Linear(n_in, 3, 1)
        self.fc2 = Linear(3, 2, 2)
        self.gamma = Parameter(Tensor(np.array([1.0, 0.8], np.float32)))

    def construct(self, x):
        return self.fc2(ops.relu(self.fc1(x))) * self.gamma


def fmt(values):
    return " ".join(f"{v:.6e}" for v in np.asarray(values, np.float64).ravel())


def run(name, make_opt, n_in=4):
    rng = np.random.default_rng(0)
    x = Tensor(rng.standard_normal((8, n_in)).astype(np.float32))
    y = Tensor(rng.standard_normal((8, 2)).astype(np.float32))
    net = Net(n_in)
    opt = make_opt(net)
    loss_fn = nn.MSELoss()

    def forward(a, b):
        return loss_fn(net(a), b)

    grad_fn = ms.value_and_grad(forward, None, opt.parameters)
    losses, rates = [], []
    for _ in range(20):
        lr = opt.get_lr()
        rates.append(float(np.asarray((lr[0] if isinstance(lr, tuple) else lr).asnumpy())))
        loss, grads = grad_fn(x, y)
        opt(grads)
        losses.append(float(loss.asnumpy()))
    print(name, type(opt.learning_rate).__name__, opt.is_group, opt.is_group_lr, opt.dynamic_lr)
    print("losses", fmt(losses))
    print("rates", fmt(rates))
    for p in opt.get_parameters():
        print(p.name, p.shape, fmt(p.asnumpy()))


def groups(net, first, rest=None):
    rest = dict(rest or {})
    first = dict(first)
    first["params"] = [net.fc1.weight, net.fc1.bias]
    rest["params"] = [net.fc2.weight, net.fc2.bias, net.gamma]
    return [first, rest]


LR_LIST = [0.1 - 0.004 * i for i in range(20)]

run("sgd_list", lambda net: nn.SGD(net.trainable_params(), LR_LIST, momentum=0.9))
run("sgd_tuple", lambda net: nn.SGD(net.trainable_params(), tuple(LR_LIST)))
run("sgd_tensor_1d", lambda net: nn.SGD(net.trainable_params(),
                                        Tensor(np.linspace(0.1, 0.01, 20).astype(np.float32))))
run("sgd_tensor_0d", lambda net: nn.SGD(net.trainable_params(), Tensor(0.05, ms.float32),
                                        momentum=0.5))
run("momentum_exp", lambda net: nn.Momentum(net.trainable_params(),
                                            nn.ExponentialDecayLR(0.1, 0.8, 5), 0.9))
run("momentum_cosine", lambda net: nn.Momentum(net.trainable_params(),
                                               nn.CosineDecayLR(0.001, 0.1, 15), 0.9))
run("adam_poly", lambda net: nn.Adam(net.trainable_params(),
                                     nn.PolynomialDecayLR(0.05, 0.001, 12, 1.5)))
run("adam_warmup", lambda net: nn.Adam(net.trainable_params(), nn.WarmUpLR(0.05, 8)))
run("rmsprop_dynamic_lr", lambda net: nn.RMSProp(
    net.trainable_params(), nn.exponential_decay_lr(0.02, 0.9, 20, 4, 1), momentum=0.5))
run("adagrad_piecewise", lambda net: nn.Adagrad(
    net.trainable_params(), learning_rate=nn.piecewise_constant_lr([5, 12, 20], [0.2, 0.1, 0.05])))
run("sgd_groups", lambda net: nn.SGD(groups(net, {"lr": 0.05, "weight_decay": 0.1}),
                                     learning_rate=0.1, momentum=0.9, weight_decay=0.01))
run("sgd_groups_wd_only", lambda net: nn.SGD(groups(net, {"weight_decay": 0.2}), 0.1))
run("momentum_groups_dynamic", lambda net: nn.Momentum(
    groups(net, {"lr": LR_LIST}, {"lr": nn.CosineDecayLR(0.01, 0.05, 10)}), 0.1, 0.9))
run("adam_groups_default_dynamic", lambda net: nn.Adam(
    groups(net, {"lr": 0.01}), learning_rate=nn.ExponentialDecayLR(0.05, 0.9, 3),
    weight_decay=0.05))
run("adamweightdecay_groups", lambda net: nn.AdamWeightDecay(
    groups(net, {"lr": 0.03, "weight_decay": 0.0}, {"weight_decay": 0.2}), learning_rate=0.01))
run("sgd_order_params", lambda net: nn.SGD(
    groups(net, {"lr": 0.05}) + [{"order_params": net.trainable_params()}], 0.1, momentum=0.9))
# grad_centralization only changes gradients whose second dimension is a multiple of 16, and
# MindSpore 2.10 has no CPU kernel for that (Centralization); here it is accepted and inert.
run("momentum_grad_centralization", lambda net: nn.Momentum(
    groups(net, {"grad_centralization": True}), 0.05, 0.9))
run("adam_weight_decay_schedule", lambda net: nn.Adam(
    net.trainable_params(), 0.02, weight_decay=nn.ExponentialDecayLR(0.1, 0.5, 4)))
