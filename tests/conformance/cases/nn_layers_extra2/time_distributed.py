"""nn.TimeDistributed: Dense/Conv-like layers over a time axis, negative and out-of-range axes
(taken modulo the rank), reshape_with_axis, a Primitive layer, gradients, argument errors."""
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

rng = np.random.default_rng(6)


def show(fn):
    try:
        r = fn()
        print(r.shape, r.dtype)
        print(r)
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])


dense = nn.Dense(4, 3)
dense.weight.set_data(Tensor(rng.standard_normal((3, 4)).astype(np.float32)))
dense.bias.set_data(Tensor(rng.standard_normal((3,)).astype(np.float32)))
x = Tensor(rng.standard_normal((2, 3, 4)).astype(np.float32))
for axis, rwa in [(1, None), (0, None), (-2, None), (4, None), (1, 0), (0, 1), (1, -3)]:
    print("time_axis", axis, "reshape_with_axis", rwa)
    show(lambda: nn.TimeDistributed(dense, axis, rwa)(x))
x4 = Tensor(rng.standard_normal((2, 3, 2, 4)).astype(np.float32))
for axis, rwa in [(1, 0), (2, 0), (0, 2), (2, 1), (1, 2), (3, 1)]:
    print("4d time_axis", axis, "reshape_with_axis", rwa)
    show(lambda: nn.TimeDistributed(nn.ReLU(), axis, rwa)(x4))
show(lambda: nn.TimeDistributed(dense, 2, 0)(x4))
show(lambda: nn.TimeDistributed(ops.ReLU(), 1)(x))
print(nn.TimeDistributed(nn.ReLU(), 1))

td = nn.TimeDistributed(dense, 1)


def f(t):
    return (td(t) * Tensor(np.arange(18).reshape(2, 3, 3).astype(np.float32))).sum()


print(ms.grad(f)(x))
td2 = nn.TimeDistributed(dense, 1, 0)


def f2(t):
    return (td2(t) * Tensor(np.arange(18).reshape(2, 3, 3).astype(np.float32))).sum()


print(ms.grad(f2)(x))
for fn in [lambda: nn.TimeDistributed(dense, 1.5),
           lambda: nn.TimeDistributed(dense, True),
           lambda: nn.TimeDistributed(dense, 1, "a"),
           lambda: nn.TimeDistributed(3, 1),
           lambda: nn.TimeDistributed(dense, 1)(Tensor(np.ones((3, 4), np.float32))),
           lambda: nn.TimeDistributed(dense, 1)(np.ones((2, 3, 4), np.float32)),
           lambda: nn.TimeDistributed(dense, 2, 0)(x),
           lambda: nn.TimeDistributed(dense, -4)(x)]:
    show(fn)
