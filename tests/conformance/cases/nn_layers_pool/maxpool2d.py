# MaxPool2d: valid/same/pad modes, stride, ceil_mode, dilation, 3-D input; forward and gradient.
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor

rng = np.random.default_rng(3)


def run(net, x):
    out = net(x)
    sens = Tensor(rng.uniform(-1, 1, out.shape).astype(np.float32))

    def f(inp):
        return (net(inp) * sens).sum()

    gx = ms.grad(f)(x)
    print(repr(net))
    print("out", out.shape, out.asnumpy())
    print("gx", gx.asnumpy())


x = Tensor(rng.permutation(2 * 2 * 5 * 6).reshape(2, 2, 5, 6).astype(np.float32) / 7)
for cfg in [dict(kernel_size=2, stride=2), dict(kernel_size=3, stride=2),
            dict(kernel_size=3, stride=2, pad_mode="same"), dict(kernel_size=(2, 3), stride=1),
            dict(kernel_size=2, stride=(2, 1), pad_mode="same"),
            dict(kernel_size=3, stride=2, pad_mode="pad", padding=1),
            dict(kernel_size=3, stride=2, pad_mode="pad", padding=1, ceil_mode=True),
            dict(kernel_size=2, stride=1, pad_mode="pad", dilation=2),
            dict(kernel_size=(3, 2), stride=2, pad_mode="pad", padding=(1, 0))]:
    print("==", cfg)
    run(nn.MaxPool2d(**cfg), x)
print("== 3-D input")
run(nn.MaxPool2d(2, 2), Tensor(rng.uniform(-1, 1, (2, 4, 4)).astype(np.float32)))
out, idx = nn.MaxPool2d(3, 2, pad_mode="pad", padding=1, return_indices=True)(x)
print("indices", idx.dtype, idx.asnumpy())
