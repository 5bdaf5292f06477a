# conformance: rtol=1e-4 atol=1e-5
# GAN-style loop: Conv2dTranspose + BatchNorm2d generator, conv discriminator, BCE losses,
# two optimizers, two value_and_grad functions, stop_gradient on the fake batch.
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
            p.set_data(Tensor((rng.standard_normal(p.shape) * 0.2).astype(np.float32)))


class Generator(nn.Cell):
    def __init__(self):
        super().__init__()
        self.net = nn.SequentialCell(
            nn.Conv2dTranspose(4, 6, 4, stride=1, pad_mode='valid', has_bias=False),
            nn.BatchNorm2d(6),
            nn.ReLU(),
            nn.Conv2dTranspose(6, 3, 4, stride=2, pad_mode='pad', padding=1, has_bias=False),
            nn.BatchNorm2d(3, momentum=0.8),
            nn.Tanh(),
        )

    def construct(self, z):
        return self.net(z)


class Discriminator(nn.Cell):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 4, 4, stride=2, pad_mode='pad', padding=1, has_bias=True)
        self.act = nn.LeakyReLU(0.2)
        self.conv2 = nn.Conv2d(4, 1, 4, stride=1, pad_mode='valid', has_bias=False)
        self.sig = nn.Sigmoid()

    def construct(self, x):
        y = self.conv2(self.act(self.conv1(x)))
        return self.sig(y.reshape(y.shape[0], -1))


G = Generator()
D = Discriminator()
init_params(G, 0)
init_params(D, 1)
bce = nn.BCELoss(reduction='mean')
bce_logits = nn.BCEWithLogitsLoss()
opt_g = nn.Adam(G.trainable_params(), learning_rate=0.02, beta1=0.5, beta2=0.999)
opt_d = nn.Adam(D.trainable_params(), learning_rate=0.01, beta1=0.5)


def d_forward(real, fake):
    out_r = D(real)
    out_f = D(fake)
    loss_r = bce(out_r, ops.ones_like(out_r))
    loss_f = bce(out_f, ops.zeros_like(out_f))
    return loss_r + loss_f


def g_forward(z):
    fake = G(z)
    out = D(fake)
    return bce(out, ops.ones_like(out)), fake


d_grad = ms.value_and_grad(d_forward, None, opt_d.parameters)
g_grad = ms.value_and_grad(g_forward, None, opt_g.parameters, has_aux=True)

rng = np.random.default_rng(5)
real = Tensor(np.tanh(rng.standard_normal((2, 3, 10, 10))).astype(np.float32))
z = Tensor(rng.standard_normal((2, 4, 2, 2)).astype(np.float32))
G.set_train(True)
D.set_train(True)
for step in range(3):
    (g_loss, fake), g_grads = g_grad(z)
    opt_g(g_grads)
    d_loss, d_grads = d_grad(real, ops.stop_gradient(fake))
    opt_d(d_grads)
    print("step", step, "g", g_loss, "d", d_loss)
    print("g grad norms", [round(float(np.linalg.norm(g.asnumpy())), 5) for g in g_grads])
    print("d grad norms", [round(float(np.linalg.norm(g.asnumpy())), 5) for g in d_grads])
print("fake", fake.shape, fake[0, 0, :2, :4])
for p in G.get_parameters():
    if "moving" in p.name:
        print(p.name, p.value())
G.set_train(False)
ev = G(z)
print("eval", ev[1, 2, :3, :5])
print("logits loss", bce_logits(D(ev) - 0.5, ops.ones((2, 4), ms.float32)))
# weight has the full input shape: MindSpore 2.10's CPU kernel does not broadcast a smaller
# weight (it reads past the end of its buffer), so only the same-shape form is meaningful.
w = Tensor(np.array([[1.0, 2.0, 0.5, 1.5], [2.0, 1.0, 1.0, 0.0]], np.float32))
print("weighted bce", nn.BCELoss(weight=w, reduction='sum')(D(ev), ops.zeros((2, 4), ms.float32)))
print("pos_weight", nn.BCEWithLogitsLoss(pos_weight=Tensor(np.array([3.0], np.float32)))(
    D(ev), ops.ones((2, 4), ms.float32)))
