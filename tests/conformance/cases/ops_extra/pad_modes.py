# ops.pad in constant / reflect / replicate / circular modes (1-3 padded dims, negative
# padding = cropping), value and dtype handling, gradients, errors; nn.ZeroPad2d,
# ConstantPad1d/2d/3d, ReflectionPad1d/2d/3d, ReplicationPad1d/2d/3d.
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def err(fn, n=None):
    try:
        print(fn())
    except Exception as e:  # noqa: BLE001
        line = str(e).splitlines()[0]
        print("ERR", type(e).__name__, line if n is None else line[:n])


x3 = Tensor(np.arange(12, dtype=np.float32).reshape(1, 3, 4))
x4 = Tensor(np.arange(24, dtype=np.float32).reshape(1, 2, 3, 4))
x5 = Tensor(np.arange(24, dtype=np.float32).reshape(1, 1, 2, 3, 4))
xi = Tensor(np.arange(6, dtype=np.int32).reshape(2, 3))

for pads in [(1, 2), (1, 1, 2, 0), (0, 1, 1, 0, 1, 1), (-1, 2), (1, -2, 0, 1), [2, 1]]:
    print("constant", pads)
    err(lambda: ops.pad(x4, pads))
    if min(pads) >= 0:  # MindSpore 2.10 CPU corrupts the output for negative pads + a fill value
        err(lambda: ops.pad(x4, pads, value=2.5))
print(ops.pad(xi, (1, 1), value=7), ops.pad(xi, (1, 1), value=1.7), ops.pad(xi, (1, 0, 0, 1)).dtype)
print(ops.pad(Tensor(np.ones(3, np.float16)), (2, 1), value=0.3))
print(ops.pad(Tensor([True, False]), (1, 1), value=True))
print(ops.pad(x3, Tensor(np.array([1, 1], np.int64))))

for mode in ["reflect", "replicate", "circular"]:
    print(mode)
    for t, pads in [(x3, (1, 2)), (x3, (2, 0)), (x4, (1, 1, 2, 1)), (x4, (3, 0, 0, 2)),
                    (x5, (1, 1, 1, 0, 1, 1)), (x3, (-1, 1)), (xi, (1, 1))]:
        err(lambda: ops.pad(t, pads, mode=mode))
    err(lambda: ops.pad(x3, (4, 0), mode=mode))
    err(lambda: ops.pad(x3, (1, 1), mode=mode, value=1.0))
    err(lambda: ops.pad(Tensor(np.arange(4, dtype=np.float32)), (1, 1), mode=mode))
    err(lambda: ops.pad(x4, (1, 1, 1, 1, 1, 1), mode=mode))

w = Tensor(np.arange(1, 85, dtype=np.float32).reshape(1, 2, 6, 7) / 10)
for mode in ["constant", "reflect", "replicate", "circular"]:
    def f(a):
        return ops.pad(a, (2, 1, 1, 2), mode=mode) * w
    print(mode, "grad", ms.grad(f)(x4))


@ms.jit
def jpad(a):
    return ops.pad(a, (1, 2, 2, 1), mode="reflect") + ops.pad(a, (1, 2, 2, 1), value=1.0)


print(jpad(x4))

err(lambda: ops.pad(x3, (1, 2, 3)))
err(lambda: ops.pad(x3, (1, 1), mode="wrap"))
err(lambda: ops.pad(x3, "a"))
err(lambda: ops.pad(x3.asnumpy(), (1, 1)))
err(lambda: ops.pad(x3, (1.5, 1)))
err(lambda: ops.pad(x3, (1, 1, 1, 1, 1, 1, 1, 1)))
err(lambda: ops.pad(x3, (-3, -2)))

print("layers")
cells = [(nn.ZeroPad2d(1), x4), (nn.ZeroPad2d((1, 0, 2, 1)), x4), (nn.ConstantPad1d(2, 0.5), x4),
         (nn.ConstantPad1d((1, 0), 3), x4), (nn.ConstantPad2d((1, 1, 0, 2), -1.0), x4),
         (nn.ConstantPad3d(1, 9.0), x4), (nn.ReflectionPad1d(2), x4), (nn.ReflectionPad1d((1, 2)), x3),
         (nn.ReflectionPad2d(1), x4), (nn.ReflectionPad2d((2, 0, 1, 1)), x3),
         (nn.ReplicationPad1d((3, 1)), x3), (nn.ReplicationPad1d(1), xi),
         (nn.ReplicationPad2d(2), x4), (nn.ReplicationPad2d((0, 1, 2, 3)), x3)]
for c, t in cells:
    print(type(c).__name__, c(t).shape)
    print(c(t))
print(nn.ReflectionPad3d(1)(x5).shape, nn.ReplicationPad3d((1, 0, 0, 1, 1, 0))(x5))
print(nn.ConstantPad1d(1, 2)(xi), nn.ReplicationPad1d(1)(Tensor(np.ones((1, 2, 2), np.float32))))
for bad in [lambda: nn.ZeroPad2d((1, 2, 3)), lambda: nn.ConstantPad1d((1, 2, 3), 0.0),
            lambda: nn.ReflectionPad2d(-1), lambda: nn.ReflectionPad1d(1.5),
            lambda: nn.ReplicationPad2d((1, 1)), lambda: nn.ConstantPad2d(1, "a"),
            lambda: nn.ReflectionPad2d(4)(x4), lambda: nn.ReplicationPad1d(1)(Tensor(np.ones(3, np.float32))),
            lambda: nn.ReplicationPad1d(1)(x4), lambda: nn.ReflectionPad1d(1)(Tensor(np.ones(3, np.float32))),
            lambda: nn.ReflectionPad3d((1, 1))(x3), lambda: nn.ConstantPad1d(1, 0)(x3.asnumpy())]:
    err(bad)
print(ms.grad(nn.ReflectionPad2d((1, 1, 2, 0)))(x4))
