# Conv2dTranspose / Conv1dTranspose: output sizes and values for every pad mode, gradients.
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor

rng = np.random.default_rng(2)


def run(net, x, grad=True):
    for p in net.trainable_params():
        p.set_data(Tensor(rng.uniform(-1, 1, p.shape).astype(np.float32)))
    out = net(x)
    print("out", out.shape, out.asnumpy())
    if not grad:
        return
    sens = Tensor(rng.uniform(-1, 1, out.shape).astype(np.float32))

    def f(inp):
        return (net(inp) * sens).sum()

    loss, (gx, gw) = ms.value_and_grad(f, 0, net.trainable_params())(x)
    print("loss", loss)
    print("gx", gx.asnumpy())
    for p, g in zip(net.trainable_params(), gw):
        print("g", p.name, g.shape, g.asnumpy())


configs = [
    dict(kernel_size=3),
    dict(kernel_size=3, stride=2),
    dict(kernel_size=2, stride=2, pad_mode="valid", has_bias=True),
    dict(kernel_size=3, stride=1, pad_mode="valid"),
    dict(kernel_size=3, stride=2, pad_mode="pad", padding=1),
    dict(kernel_size=3, stride=2, pad_mode="pad", padding=(1, 0, 0, 1), has_bias=True),
    dict(kernel_size=3, stride=2, pad_mode="pad", padding=1, output_padding=1),
    dict(kernel_size=2, dilation=2, pad_mode="valid"),
]
for i, cfg in enumerate(configs):
    net = nn.Conv2dTranspose(2, 3, **cfg)
    print("== Conv2dTranspose", cfg, net.weight.shape)
    run(net, Tensor(rng.uniform(-1, 1, (1, 2, 3, 4)).astype(np.float32)), grad=i % 2 == 0)
grouped = nn.Conv2dTranspose(4, 2, 3, group=2, has_bias=True)
print("== grouped", grouped.weight.shape)
run(grouped, Tensor(rng.uniform(-1, 1, (2, 4, 3, 3)).astype(np.float32)))
for i, cfg in enumerate([dict(kernel_size=3), dict(kernel_size=2, stride=2, pad_mode="valid"),
                         dict(kernel_size=3, stride=2, pad_mode="pad", padding=1,
                              has_bias=True)]):
    net = nn.Conv1dTranspose(2, 3, **cfg)
    print("== Conv1dTranspose", cfg, net.weight.shape)
    run(net, Tensor(rng.uniform(-1, 1, (2, 2, 5)).astype(np.float32)), grad=i == 2)
