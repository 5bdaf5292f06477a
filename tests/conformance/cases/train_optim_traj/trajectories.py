# 20-step trajectories of every nn optimizer (and their variants): losses, then the final value
# of every Parameter the optimizer holds (network weights and optimizer state), by name.
# The network uses relu (exact in both frameworks) so that gradients agree to the last bits.
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


CONFIGS = [
    ("sgd", lambda ps: nn.SGD(ps, learning_rate=0.1)),
    ("sgd_momentum", lambda ps: nn.SGD(ps, learning_rate=0.1, momentum=0.9)),
    ("sgd_dampening", lambda ps: nn.SGD(ps, learning_rate=0.1, momentum=0.8, dampening=0.3)),
    ("sgd_nesterov", lambda ps: nn.SGD(ps, learning_rate=0.05, momentum=0.9, nesterov=True)),
    ("sgd_weight_decay", lambda ps: nn.SGD(ps, learning_rate=0.1, momentum=0.5, weight_decay=0.05)),
    ("sgd_loss_scale", lambda ps: nn.SGD(ps, learning_rate=0.1, weight_decay=0.01, loss_scale=4.0)),
    ("momentum", lambda ps: nn.Momentum(ps, learning_rate=0.05, momentum=0.9)),
    # Momentum(use_nesterov=True) is left out: MindSpore 2.10's CPU ApplyMomentum kernel ignores
    # use_nesterov (the trajectory equals plain Momentum), a bug ms_compat does not copy.
    ("momentum_weight_decay", lambda ps: nn.Momentum(ps, 0.05, 0.8, weight_decay=0.1)),
    ("adam", lambda ps: nn.Adam(ps, learning_rate=0.02)),
    ("adam_nesterov", lambda ps: nn.Adam(ps, learning_rate=0.02, use_nesterov=True)),
    ("adam_amsgrad", lambda ps: nn.Adam(ps, learning_rate=0.02, beta2=0.9, use_amsgrad=True)),
    ("adam_weight_decay", lambda ps: nn.Adam(ps, learning_rate=0.02, eps=1e-6, weight_decay=0.1)),
    ("adam_loss_scale", lambda ps: nn.Adam(ps, learning_rate=0.02, loss_scale=8.0)),
    ("adamweightdecay", lambda ps: nn.AdamWeightDecay(ps, learning_rate=0.02, weight_decay=0.1)),
    ("adamweightdecay_betas", lambda ps: nn.AdamWeightDecay(ps, 0.01, beta1=0.8, beta2=0.95,
                                                             eps=1e-4)),
    ("rmsprop", lambda ps: nn.RMSProp(ps, learning_rate=0.01)),
    ("rmsprop_momentum", lambda ps: nn.RMSProp(ps, learning_rate=0.01, decay=0.8, momentum=0.5,
                                               epsilon=1e-6)),
    ("rmsprop_centered", lambda ps: nn.RMSProp(ps, learning_rate=0.01, momentum=0.3,
                                               centered=True, weight_decay=0.01)),
    ("adagrad", lambda ps: nn.Adagrad(ps, accum=0.1, learning_rate=0.1)),
    ("adagrad_accum", lambda ps: nn.Adagrad(ps, accum=0.5, learning_rate=0.05)),
    # Adagrad(update_slots=False) is left out: MindSpore 2.10's CPU ApplyAdagrad kernel ignores
    # update_slots (the accumulator still grows), a bug ms_compat does not copy.
    ("adagrad_weight_decay", lambda ps: nn.Adagrad(ps, learning_rate=0.1, weight_decay=0.05)),
    # nn.Lamb is left out: MindSpore 2.10 has no CPU kernel for its Lamb primitive.
]

for config_name, factory in CONFIGS:
    run(config_name, factory)
