# ops.hardsigmoid / tanhshrink / logsigmoid / glu / celu / hardtanh / softmin: values in
# float32 and float16, gradients (ms.grad), argument errors, and the matching nn layers.
# conformance: rtol=1e-3 atol=1e-5
# (MindSpore's CPU float32 tanh/exp kernels are approximations that differ from XLA's by up to
# ~1e-4 relative; float16 results may differ by one float16 ulp.)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def err(fn, n=None):
    try:
        print(fn())
    except Exception as e:  # noqa: BLE001
        line = str(e).splitlines()[0]
        print("ERR", type(e).__name__, line if n is None else line[:n])


xv = np.array([[-4.0, -3.0, -1.5, -0.5, 0.0, 0.75], [0.25, 1.0, 2.5, 3.0, 5.0, -2.0]], np.float32)
x = Tensor(xv)
x16 = Tensor(xv.astype(np.float16))
x64 = Tensor(xv.astype(np.float64))

for name, fn in [("hardsigmoid", ops.hardsigmoid), ("tanhshrink", ops.tanhshrink),
                 ("logsigmoid", ops.logsigmoid), ("glu", ops.glu), ("celu", ops.celu),
                 ("hardtanh", ops.hardtanh), ("softmin", ops.softmin)]:
    print(name)
    for t in (x, x16, x64):
        err(lambda: fn(t))
    if name != "softmin":
        err(lambda: ms.grad(fn)(x))
    err(lambda: fn(Tensor([1, 2, 3, 4])))
    err(lambda: fn(xv))

print(ops.glu(x, axis=0), ops.glu(x, 1).shape)
err(lambda: ops.glu(Tensor(np.ones((2, 3), np.float32))), 60)
print(ms.grad(lambda a: ops.glu(a, 0))(x))
print(ops.celu(x, 0.5), ops.celu(x, alpha=2.0))
print(ms.grad(lambda a: ops.celu(a, 0.5))(x))
err(lambda: ops.celu(x, 0.0))
err(lambda: ops.celu(x, True))
print(ops.hardtanh(x, -2.0, 2.5), ops.hardtanh(x, min_val=0, max_val=1))
print(ms.grad(lambda a: ops.hardtanh(a, -2.0, 2.5))(x))
err(lambda: ops.hardtanh(x, 2.0, 1.0))
err(lambda: ops.hardtanh(x, "a", 1.0))
print(ops.softmin(x, 0), ops.softmin(x, axis=(0, 1)) if False else "", ops.softmin(x, dtype=ms.float16))
print(ms.grad(lambda a: ops.softmin(a, 0) * Tensor(np.arange(12, dtype=np.float32).reshape(2, 6)))(x))
err(lambda: ops.softmin(x, 1.5))
print(ops.hardsigmoid(Tensor([-3.0, 3.0, 0.0])), ms.grad(ops.hardsigmoid)(Tensor([-3.0, 3.0, 0.0, 1.0])))
print(ms.grad(ops.hardtanh)(Tensor([-1.0, 1.0, 0.0])))

print("layers")
for cell in [nn.Hardtanh(), nn.Hardtanh(-0.5, 2.0), nn.Tanhshrink(), nn.LogSigmoid(), nn.GLU(),
             nn.GLU(0), nn.CELU(), nn.CELU(1.5), nn.Softmin(), nn.Softmin(0)]:
    err(lambda: cell(x))
    err(lambda: cell(x16))
err(lambda: nn.Hardtanh(1.0, 0.5))
err(lambda: nn.CELU(0.0))
err(lambda: nn.Softmin(1.5)(x))
print(ms.grad(nn.LogSigmoid())(x))


@ms.jit
def jitted(a):
    return ops.hardsigmoid(a) + ops.tanhshrink(a) + ops.logsigmoid(a) + ops.celu(a) + ops.hardtanh(a) + ops.softmin(a)


print(jitted(x))
print(ms.grad(jitted)(x))

# last: MindSpore's asynchronous shape errors may be re-raised by the next op (the axis errors
# of nn.GLU and ops.softmin are in activation_axis_errors_*.py, one per script)
err(lambda: ops.glu(x, axis=2))
