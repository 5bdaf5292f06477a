# LSTM / GRU / RNN forward and gradients: multi-layer, bidirectional, batch_first, no bias,
# initial states, relu nonlinearity.
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor

rng = np.random.default_rng(10)


def run(net, x, hx=None):
    for p in net.trainable_params():
        p.set_data(Tensor(rng.uniform(-0.6, 0.6, p.shape).astype(np.float32)))
    out, h = net(x, hx)
    sens = Tensor(rng.uniform(-1, 1, out.shape).astype(np.float32))
    print("out", out.shape, out.asnumpy())
    if isinstance(h, tuple):
        print("h", h[0].asnumpy(), "c", h[1].asnumpy())
    else:
        print("h", h.asnumpy())

    def f(inp):
        o, hn = net(inp, hx)
        last = hn[0] if isinstance(hn, tuple) else hn
        return (o * sens).sum() + last.sum()

    loss, (gx, gw) = ms.value_and_grad(f, 0, net.trainable_params())(x)
    print("loss", loss)
    print("gx", gx.asnumpy())
    for p, g in zip(net.trainable_params(), gw):
        print("g", p.name, g.shape, np.abs(g.asnumpy()).sum(), g.asnumpy().ravel()[:4])


x = Tensor(rng.uniform(-1, 1, (4, 2, 3)).astype(np.float32))
for cls, kw in [(nn.LSTM, {}), (nn.LSTM, {"num_layers": 2, "bidirectional": True,
                                        "batch_first": True}),
                (nn.GRU, {}), (nn.GRU, {"bidirectional": True, "has_bias": False}),
                (nn.RNN, {"num_layers": 2}), (nn.RNN, {"has_bias": False})]:
    print("==", cls.__name__, kw)
    run(cls(3, 4, **kw), x)
print("== RNN relu")
run(nn.RNN(3, 4, nonlinearity="relu", num_layers=2), x)
print("== initial states")
h0 = Tensor(rng.uniform(-1, 1, (2, 2, 4)).astype(np.float32))
c0 = Tensor(rng.uniform(-1, 1, (2, 2, 4)).astype(np.float32))
run(nn.LSTM(3, 4, bidirectional=True), x, (h0, c0))
run(nn.GRU(3, 4, num_layers=2), x, h0)
