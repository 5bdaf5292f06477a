# AvgPool2d: divisors in valid/same/pad modes, count_include_pad, ceil_mode, divisor_override.
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor

rng = np.random.default_rng(4)


def run(net, x):
    out = net(x)
    sens = Tensor(rng.uniform(-1, 1, out.shape).astype(np.float32))

    def f(inp):
        return (net(inp) * sens).sum()

    gx = ms.grad(f)(x)
    print(repr(net))
    print("out", out.shape, out.asnumpy())
    print("gx", gx.asnumpy())


x = Tensor(np.arange(2 * 1 * 5 * 5, dtype=np.float32).reshape(2, 1, 5, 5) / 4)
for cfg in [dict(kernel_size=2, stride=2), dict(kernel_size=3, stride=2),
            dict(kernel_size=2, stride=2, pad_mode="same"),
            dict(kernel_size=3, stride=1, pad_mode="same"),
            dict(kernel_size=(3, 2), stride=(2, 1), pad_mode="same"),
            dict(kernel_size=3, stride=2, pad_mode="pad", padding=1),
            dict(kernel_size=3, stride=2, pad_mode="pad", padding=1, count_include_pad=False),
            dict(kernel_size=2, stride=2, pad_mode="pad", padding=1, ceil_mode=True),
            dict(kernel_size=3, stride=2, pad_mode="pad", padding=1, divisor_override=2)]:
    print("==", cfg)
    run(nn.AvgPool2d(**cfg), x)
print("== 3-D input")
run(nn.AvgPool2d(2, 1), Tensor(rng.uniform(-1, 1, (1, 3, 3)).astype(np.float32)))
