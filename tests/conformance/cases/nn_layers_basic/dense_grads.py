# Dense: forward on 2-D / 1-D / 3-D inputs, activation, no bias, gradients, repr.
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor

rng = np.random.default_rng(9)


def run(net, x):
    for p in net.trainable_params():
        p.set_data(Tensor(rng.uniform(-1, 1, p.shape).astype(np.float32)))
    out = net(x)
    sens = Tensor(rng.uniform(-1, 1, out.shape).astype(np.float32))

    def f(inp):
        return (net(inp) * sens).sum()

    loss, (gx, gw) = ms.value_and_grad(f, 0, net.trainable_params())(x)
    print(repr(net))
    print("out", out.shape, out.asnumpy())
    print("gx", gx.asnumpy())
    for p, g in zip(net.trainable_params(), gw):
        print("g", p.name, g.asnumpy())


run(nn.Dense(3, 2), Tensor(rng.uniform(-1, 1, (4, 3)).astype(np.float32)))
run(nn.Dense(3, 2, has_bias=False), Tensor(rng.uniform(-1, 1, (3,)).astype(np.float32)))
run(nn.Dense(3, 4, activation="tanh"), Tensor(rng.uniform(-1, 1, (2, 2, 3)).astype(np.float32)))
run(nn.Dense(3, 2, activation=nn.ReLU()), Tensor(rng.uniform(-1, 1, (4, 3)).astype(np.float32)))
run(nn.Dense(2, 3, activation="leakyrelu"),
    Tensor(rng.uniform(-1, 1, (2, 1, 2, 2)).astype(np.float32)))
