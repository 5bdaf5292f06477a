# AdaptiveAvgPool2d (int, tuple, None entries, 3-D input), MaxPool1d and AvgPool1d.
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor

rng = np.random.default_rng(5)
x = Tensor(rng.uniform(-1, 1, (2, 2, 5, 7)).astype(np.float32))
for size in [(2, 3), 2, (None, 2), (5, 7), (1, 1), (4, 3)]:
    net = nn.AdaptiveAvgPool2d(size)
    out = net(x)
    print("== adaptive", size, repr(net), out.shape)
    print(out.asnumpy())
    if size not in [(2, 3), (4, 3)]:
        continue
    sens = Tensor(rng.uniform(-1, 1, out.shape).astype(np.float32))

    def f(inp):
        return (net(inp) * sens).sum()

    print("gx", ms.grad(f)(x).asnumpy())
print(nn.AdaptiveAvgPool2d((3, 2))(Tensor(rng.uniform(-1, 1, (2, 4, 5)).astype(np.float32))))
x1 = Tensor(rng.uniform(-1, 1, (2, 3, 7)).astype(np.float32))
for net in [nn.MaxPool1d(2, 2), nn.MaxPool1d(3, 1, pad_mode="same"), nn.AvgPool1d(3, 2),
            nn.AvgPool1d(2, 2, pad_mode="same"),
            nn.MaxPool1d(3, 2, pad_mode="pad", padding=1)]:
    print("==", repr(net))
    print(net(x1).asnumpy())
    print(net(x1[0]).shape)
