# RNNs with seq_length: states frozen and outputs zero past each row's length; reverse direction
# reverses the valid prefix only.
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor

rng = np.random.default_rng(11)
x = Tensor(rng.uniform(-1, 1, (3, 5, 2)).astype(np.float32))
lens = Tensor(np.array([5, 2, 3]), ms.int32)
for cls in [nn.LSTM, nn.GRU, nn.RNN]:
    for kw in [{}, {"bidirectional": True}]:
        net = cls(2, 3, batch_first=True, **kw)
        for p in net.trainable_params():
            p.set_data(Tensor(rng.uniform(-0.6, 0.6, p.shape).astype(np.float32)))
        out, h = net(x, seq_length=lens)
        print("==", cls.__name__, kw)
        print(out.asnumpy())
        print(h[0].asnumpy() if isinstance(h, tuple) else h.asnumpy())

        def f(inp):
            o, _ = net(inp, seq_length=lens)
            return (o * o).sum()

        print("gx", ms.grad(f)(x).asnumpy())
