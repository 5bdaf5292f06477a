# conformance: rtol=1e-4 atol=1e-5
# ResNet basic block (pad-mode 3x3 convs without bias, BatchNorm2d, residual add, projection
# shortcut), AdaptiveAvgPool2d head, nn.Momentum with weight_decay; then eval mode.
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def init_params(net, seed):
    rng = np.random.default_rng(seed)
    for p in net.get_parameters():
        print(p.name, p.shape, p.requires_grad)
        if "gamma" in p.name or "moving_variance" in p.name:
            p.set_data(Tensor((1.0 + 0.1 * rng.standard_normal(p.shape)).astype(np.float32)))
        else:
            p.set_data(Tensor((rng.standard_normal(p.shape) * 0.3).astype(np.float32)))


class BasicBlock(nn.Cell):
    def __init__(self, cin, cout, stride):
        super().__init__()
        self.conv1 = nn.Conv2d(cin, cout, 3, stride=stride, pad_mode='pad', padding=1,
                               has_bias=False)
        self.bn1 = nn.BatchNorm2d(cout)
        self.relu = nn.ReLU()
        self.conv2 = nn.Conv2d(cout, cout, 3, stride=1, pad_mode='pad', padding=1,
                               has_bias=False)
        self.bn2 = nn.BatchNorm2d(cout)
        self.down = None
        if stride != 1 or cin != cout:
            self.down = nn.SequentialCell([
                nn.Conv2d(cin, cout, 1, stride=stride, has_bias=False),
                nn.BatchNorm2d(cout)])

    def construct(self, x):
        identity = x
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        if self.down is not None:
            identity = self.down(x)
        return self.relu(out + identity)


class TinyResNet(nn.Cell):
    def __init__(self):
        super().__init__()
        self.stem = nn.Conv2d(3, 4, 3, pad_mode='same', has_bias=False)
        self.bn = nn.BatchNorm2d(4)
        self.layer1 = BasicBlock(4, 4, 1)
        self.layer2 = BasicBlock(4, 8, 2)
        self.pool = nn.AdaptiveAvgPool2d((1, 1))
        self.flatten = nn.Flatten()
        self.fc = nn.Dense(8, 3)

    def construct(self, x):
        x = ops.relu(self.bn(self.stem(x)))
        x = self.layer2(self.layer1(x))
        a = self.flatten(self.pool(x))
        b = ops.mean(x, (2, 3))
        return self.fc(a) + 0.0 * self.fc(b)


net = TinyResNet()
init_params(net, 0)
loss_fn = nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction='mean')
opt = nn.Momentum(net.trainable_params(), learning_rate=0.05, momentum=0.9, weight_decay=1e-3)


def forward(x, y):
    return loss_fn(net(x), y)


grad_fn = ms.value_and_grad(forward, None, opt.parameters)
rng = np.random.default_rng(2)
x = Tensor(rng.standard_normal((3, 3, 8, 8)).astype(np.float32))
y = Tensor(np.array([0, 1, 2], np.int32))
net.set_train()
for step in range(3):
    loss, grads = grad_fn(x, y)
    opt(grads)
    print("step", step, "loss", loss)
    print("grad norms", [round(float(np.linalg.norm(g.asnumpy())), 5) for g in grads])
print(net.layer2.bn2.moving_mean.value())
print(net.layer2.down[1].moving_variance.value())
print(net.fc.weight.value())
net.set_train(False)
print("eval", net(x))
print("eval loss", forward(x, y))
