# RNNCell / LSTMCell / GRUCell: one step forward and gradients; parameter names.
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor

rng = np.random.default_rng(12)
x = Tensor(rng.uniform(-1, 1, (3, 2)).astype(np.float32))
h = Tensor(rng.uniform(-1, 1, (3, 4)).astype(np.float32))
c = Tensor(rng.uniform(-1, 1, (3, 4)).astype(np.float32))
for net, hx in [(nn.RNNCell(2, 4), h), (nn.RNNCell(2, 4, nonlinearity="relu"), h),
                (nn.LSTMCell(2, 4), (h, c)), (nn.GRUCell(2, 4), h),
                (nn.GRUCell(2, 4, has_bias=False), h)]:
    print("==", type(net).__name__, [(n, p.shape) for n, p in net.parameters_and_names()])
    for p in net.trainable_params():
        p.set_data(Tensor(rng.uniform(-0.6, 0.6, p.shape).astype(np.float32)))
    out = net(x, hx)
    print(out[0].asnumpy() if isinstance(out, tuple) else out.asnumpy())

    def f(inp):
        o = net(inp, hx)
        return (o[0] * 2 + o[1]).sum() if isinstance(o, tuple) else (o * o).sum()

    loss, (gx, gw) = ms.value_and_grad(f, 0, net.trainable_params())(x)
    print("gx", gx.asnumpy())
    for p, g in zip(net.trainable_params(), gw):
        print("g", p.name, np.abs(g.asnumpy()).sum())
