# Conv2d forward and gradients (input and weights) over pad modes, stride, dilation, group, bias.
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor

rng = np.random.default_rng(0)


def fill(net):
    for p in net.trainable_params():
        p.set_data(Tensor(rng.uniform(-1, 1, p.shape).astype(np.float32)))


def run(net, x):
    fill(net)
    out = net(x)
    sens = Tensor(rng.uniform(-1, 1, out.shape).astype(np.float32))

    def f(inp):
        return (net(inp) * sens).sum()

    loss, (gx, gw) = ms.value_and_grad(f, 0, net.trainable_params())(x)
    print("out", out.shape, out.dtype)
    print(out.asnumpy())
    print("loss", loss)
    print("gx", gx.asnumpy())
    for p, g in zip(net.trainable_params(), gw):
        print("g", p.name, g.shape, g.asnumpy())


configs = [
    dict(in_channels=2, out_channels=3, kernel_size=3),
    dict(in_channels=2, out_channels=3, kernel_size=2, stride=2),
    dict(in_channels=2, out_channels=3, kernel_size=(2, 3), stride=(2, 1), has_bias=True),
    dict(in_channels=2, out_channels=2, kernel_size=3, pad_mode="valid", has_bias=True),
    dict(in_channels=2, out_channels=3, kernel_size=3, pad_mode="pad", padding=1, stride=2),
    dict(in_channels=2, out_channels=3, kernel_size=3, pad_mode="pad", padding=(1, 0, 2, 1)),
    dict(in_channels=2, out_channels=3, kernel_size=2, dilation=2, pad_mode="same"),
    dict(in_channels=4, out_channels=2, kernel_size=3, group=2, has_bias=True),
    dict(in_channels=4, out_channels=4, kernel_size=1, group=4, pad_mode="valid"),
]
for cfg in configs:
    print("== Conv2d", cfg)
    x = Tensor(rng.uniform(-1, 1, (2, cfg["in_channels"], 5, 4)).astype(np.float32))
    run(nn.Conv2d(**cfg), x)
