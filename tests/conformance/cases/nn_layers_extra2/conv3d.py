"""nn.Conv3d: pad modes (same/valid/pad with 6-tuple), stride, dilation, group, bias, Float16,
parameters and repr, gradient w.r.t. the input and the weight, argument errors."""
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor

rng = np.random.default_rng(5)


def show(fn):
    try:
        r = fn()
        print(r.shape, r.dtype)
        print(r)
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])


def make(*args, dtype=np.float32, **kw):
    m = nn.Conv3d(*args, weight_init="ones", bias_init="zeros",
                  dtype=ms.float16 if dtype == np.float16 else ms.float32, **kw)
    m.weight.set_data(Tensor(rng.standard_normal(m.weight.shape).astype(dtype)))
    if m.bias is not None:
        m.bias.set_data(Tensor(rng.standard_normal(m.bias.shape).astype(dtype)))
    return m


x = Tensor(rng.standard_normal((1, 2, 4, 5, 6)).astype(np.float32))
m = make(2, 3, 3)
print(m)
print([(p.name, p.shape, p.dtype) for p in m.get_parameters()])
show(lambda: m(x))
for args, kw in [((2, 2, (1, 2, 3)), dict(stride=(1, 2, 1), pad_mode="pad", padding=(1, 0, 0, 1, 2, 1), has_bias=True)),
                 ((2, 2, 2), dict(pad_mode="valid", dilation=(1, 2, 2))),
                 ((2, 4, 3), dict(group=2, has_bias=True)),
                 ((2, 2, 3), dict(pad_mode="pad", padding=1, stride=2)),
                 ((2, 2, (3, 1, 2)), dict(stride=(2, 3, 2))),
                 ((2, 1, 3), dict(pad_mode="valid", dilation=2))]:
    print(args, kw)
    mm = make(*args, **kw)
    print(mm)
    show(lambda: mm(x))
m16 = make(2, 2, 2, dtype=np.float16, has_bias=True)
show(lambda: m16(x.astype(ms.float16)))
print(make(1, 1, 2)(Tensor(np.ones((2, 1, 2, 2, 2), np.float32))).shape)

mg = make(2, 2, (2, 3, 2), pad_mode="pad", padding=1, stride=(1, 2, 1), has_bias=True)


def fx(t):
    return (mg(t) * Tensor(np.arange(2 * 2 * 5 * 3 * 7).reshape(2 * 1, 2, 5, 3, 7)[:1].astype(np.float32) / 50)).sum()


print(ms.grad(fx)(x))
print(ms.grad(fx, grad_position=None, weights=mg.trainable_params())(x))

for fn in [lambda: m(x.astype(ms.float16)),
           lambda: m(x.astype(ms.float64)),
           lambda: m(x[0]),
           lambda: make(3, 3, 3)(x),
           lambda: nn.Conv3d(2, 4, 3, padding=1),
           lambda: nn.Conv3d(2, 4, 3, pad_mode="pad", padding=(1, 1)),
           lambda: nn.Conv3d(2, 4, 3, pad_mode="x"),
           lambda: nn.Conv3d(2, 4, (1, 2)),
           lambda: nn.Conv3d(2, 4, 0),
           lambda: nn.Conv3d(2, 4, 2.0),
           lambda: nn.Conv3d(2, 4, 3, stride=(1, 0, 1)),
           lambda: nn.Conv3d(2, 3, 3, group=2),
           lambda: nn.Conv3d(0, 3, 3),
           lambda: nn.Conv3d(2, 4, 3, data_format="NCHW"),
           lambda: nn.Conv3d(2, 4, 3, padding=-1),
           lambda: nn.Conv3d(2, 4, 3, has_bias=1)]:
    show(fn)
