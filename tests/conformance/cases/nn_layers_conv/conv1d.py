# Conv1d: weight stored as (out, in/group, 1, k); forward and gradients over pad modes.
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor

rng = np.random.default_rng(1)


def run(net, x):
    for p in net.trainable_params():
        p.set_data(Tensor(rng.uniform(-1, 1, p.shape).astype(np.float32)))
    out = net(x)
    sens = Tensor(rng.uniform(-1, 1, out.shape).astype(np.float32))

    def f(inp):
        return (net(inp) * sens).sum()

    loss, (gx, gw) = ms.value_and_grad(f, 0, net.trainable_params())(x)
    print("out", out.shape, out.asnumpy())
    print("loss", loss)
    print("gx", gx.asnumpy())
    for p, g in zip(net.trainable_params(), gw):
        print("g", p.name, g.shape, g.asnumpy())


for cfg in [dict(kernel_size=3), dict(kernel_size=2, stride=2, has_bias=True),
            dict(kernel_size=3, pad_mode="pad", padding=2, dilation=2),
            dict(kernel_size=3, pad_mode="valid", has_bias=True)]:
    net = nn.Conv1d(2, 3, **cfg)
    print("== Conv1d", cfg, net.weight.shape, net.kernel_size, net.stride, net.padding)
    run(net, Tensor(rng.uniform(-1, 1, (2, 2, 7)).astype(np.float32)))
w = Tensor(rng.uniform(-1, 1, (3, 2, 2)).astype(np.float32))
net = nn.Conv1d(2, 3, 2, weight_init=w, pad_mode="valid")
print("weight_init tensor", net.weight.shape, net.weight.asnumpy()[:, :, 0, :])
print(net(Tensor(np.ones((1, 2, 4), np.float32))).asnumpy())
