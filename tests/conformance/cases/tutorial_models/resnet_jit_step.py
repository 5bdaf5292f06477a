# conformance: rtol=1e-4 atol=1e-5
# The ResNet-block train step (BatchNorm in train mode, nn.Momentum with weight_decay) run eagerly
# and as one @ms.jit function on an identical copy: losses, grads, BN statistics must agree.
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def init_params(net, seed):
    rng = np.random.default_rng(seed)
    for p in net.get_parameters():
        if "gamma" in p.name or "moving_variance" in p.name:
            p.set_data(Tensor((1.0 + 0.1 * rng.standard_normal(p.shape)).astype(np.float32)))
        else:
            p.set_data(Tensor((rng.standard_normal(p.shape) * 0.3).astype(np.float32)))


class Block(nn.Cell):
    def __init__(self, cin, cout):
        super().__init__()
        self.conv1 = nn.Conv2d(cin, cout, 3, stride=2, pad_mode='pad', padding=1, has_bias=False)
        self.bn1 = nn.BatchNorm2d(cout)
        self.conv2 = nn.Conv2d(cout, cout, 3, pad_mode='pad', padding=1, has_bias=False)
        self.bn2 = nn.BatchNorm2d(cout)
        self.short = nn.SequentialCell([nn.Conv2d(cin, cout, 1, stride=2, has_bias=False),
                                        nn.BatchNorm2d(cout)])
        self.relu = nn.ReLU()
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Dense(cout, 3)

    def construct(self, x):
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.relu(self.bn2(self.conv2(out)) + self.short(x))
        return self.fc(ops.squeeze(self.pool(out), (2, 3)))


def make(seed):
    net = Block(3, 6)
    init_params(net, seed)
    net.set_train()
    loss_fn = nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction='mean')
    # use_nesterov is left False: MindSpore 2.10's CPU kernel ignores it (a MindSpore bug that
    # ms_compat deliberately does not copy, see nn/optim/momentum.py).
    opt = nn.Momentum(net.trainable_params(), 0.05, 0.9, weight_decay=1e-3)

    def forward(x, y):
        return loss_fn(net(x), y)

    grad_fn = ms.value_and_grad(forward, None, opt.parameters)

    def step(x, y):
        loss, grads = grad_fn(x, y)
        opt(grads)
        return loss, grads

    return net, step


rng = np.random.default_rng(7)
x = Tensor(rng.standard_normal((4, 3, 8, 8)).astype(np.float32))
y = Tensor(np.array([0, 1, 2, 1], np.int32))
net_e, step_e = make(0)
net_j, step_j = make(0)
step_j = ms.jit(step_j)
for i in range(3):
    le, ge = step_e(x, y)
    lj, gj = step_j(x, y)
    print("step", i, "eager", le, "jit", lj)
    print("grad norms eager", [round(float(np.linalg.norm(g.asnumpy())), 5) for g in ge])
    print("grad norms jit  ", [round(float(np.linalg.norm(g.asnumpy())), 5) for g in gj])
for pe, pj in zip(net_e.get_parameters(), net_j.get_parameters()):
    print(pe.name, pj.name, float(np.abs(pe.asnumpy() - pj.asnumpy()).max()) < 1e-5)
print(net_j.bn2.moving_mean.value())
print(net_j.short[1].moving_variance.value())
net_e.set_train(False)
net_j.set_train(False)
print("eval eager", net_e(x))
print("eval jit", net_j(x))
