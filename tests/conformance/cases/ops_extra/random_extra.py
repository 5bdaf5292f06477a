# ops.multinomial / bernoulli / gamma / poisson / random_categorical / shuffle / randperm:
# MindSpore's CPU streams are not reproduced bit for bit by ms_compat, so this case prints only
# shapes, dtypes and properties that hold for any draw (supports, permutations, determinism of
# degenerate distributions, seeded reproducibility within one framework) and argument errors.
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def err(fn, n=None):
    try:
        print(fn())
    except Exception as e:  # noqa: BLE001
        line = str(e).splitlines()[0]
        print("ERR", type(e).__name__, line if n is None else line[:n])


def same(a, b):
    return bool(np.array_equal(a.asnumpy(), b.asnumpy()))


ms.set_seed(7)
print("multinomial")
probs = Tensor(np.array([[0.0, 0.3, 0.7, 0.0], [0.5, 0.0, 0.0, 0.5]], np.float32))
o = ops.multinomial(probs, 6)
print(o.shape, o.dtype, set(o.asnumpy()[0].tolist()) <= {1, 2}, set(o.asnumpy()[1].tolist()) <= {0, 3})
o = ops.multinomial(probs, 2, replacement=False)
print(o.shape, o.dtype, sorted(o.asnumpy()[0].tolist()), sorted(o.asnumpy()[1].tolist()))
o = ops.multinomial(Tensor(np.array([0.0, 1.0, 0.0], np.float32)), 4)
print(o.shape, o.dtype, o)
o = ops.multinomial(Tensor(np.array([2.0, 6.0], np.float32)), 500, seed=3)
print(o.shape, abs(float(o.asnumpy().mean()) - 0.75) < 0.1)
o = ops.multinomial(probs, 3, replacement=False)
print(o.shape, o.dtype, [sorted(r[:2].tolist()) for r in o.asnumpy()], [len(set(r.tolist())) for r in o.asnumpy()])
err(lambda: ops.multinomial(probs.asnumpy(), 2))
err(lambda: ops.multinomial(probs, 2.5))
err(lambda: ops.multinomial(Tensor(np.ones((2, 2, 2), np.float32)), 2))

print("bernoulli")
x = Tensor(np.zeros((3, 4), np.float32))
for p in [0.0, 1.0]:
    o = ops.bernoulli(x, p)
    print(o.shape, o.dtype, o)
o = ops.bernoulli(Tensor(np.zeros((2, 3), np.int32)), Tensor(np.array([[0.0, 1.0, 1.0], [1.0, 0.0, 0.0]], np.float32)))
print(o.dtype, o)
err(lambda: ops.bernoulli(Tensor(np.zeros((2,), np.float16)), 0.3))
o = ops.bernoulli(Tensor(np.zeros((2000,), np.float64)), 0.3, seed=5)
print(o.dtype, set(o.asnumpy().tolist()) <= {0.0, 1.0}, abs(float(o.asnumpy().astype(np.float32).mean()) - 0.3) < 0.05)
err(lambda: ops.bernoulli(x, 1.5))
err(lambda: ops.bernoulli(x.asnumpy(), 0.5))
err(lambda: ops.bernoulli(x, Tensor(np.array([0.5, 0.5], np.float32))))
print(ops.bernoulli(x, Tensor(np.array([1.0], np.float32))).shape)

print("gamma")  # MindSpore 2.10 has no CPU Gamma kernel: argument errors only
err(lambda: ops.gamma((2,), Tensor(np.array([1, 2])), Tensor(np.array([1.0], np.float32))), 90)
err(lambda: ops.gamma([2, 2], Tensor(np.array([1.0], np.float32)), Tensor(np.array([1.0], np.float32))), 90)
err(lambda: ops.gamma((2,), 1.0, Tensor(np.array([1.0], np.float32))), 90)

print("poisson")  # MindSpore 2.10 has no CPU Poisson kernel: argument errors only
err(lambda: ops.poisson((2, 3), Tensor(np.array([1.0, 2.0], np.float32))), 90)
err(lambda: ops.poisson(Tensor(np.array([2, 3], np.int32)), Tensor(np.array([1.0], np.float32))), 90)
err(lambda: ops.poisson((2,), Tensor(np.array([1], np.int32))), 90)
err(lambda: ops.poisson((2,), Tensor(np.array([1.0], np.float64))), 90)
err(lambda: ops.poisson((2,), 1.0), 90)
err(lambda: ops.poisson([2], Tensor(np.array([1.0], np.float32))), 90)

print("random_categorical")
lg = Tensor(np.log(np.array([[1e-30, 1.0, 1e-30], [1.0, 1e-30, 1e-30]], np.float32)))
try:
    o = ops.random_categorical(lg, 5, seed=3)
except Exception as e:  # noqa: BLE001
    print("ERR", type(e).__name__, str(e).splitlines()[0])
    o = None
if o is not None:
    print(o.shape, o.dtype, o)
for dt in [ms.int16, ms.int32, ms.int64]:
    print(ops.random_categorical(lg, 2, 1, dt).dtype)
try:
    o = ops.random_categorical(Tensor(np.log(np.array([[1.0, 3.0]], np.float32))), 2000, seed=4)
except Exception as e:  # noqa: BLE001
    print("ERR", type(e).__name__, str(e).splitlines()[0])
    o = None
if o is not None:
    print(abs(float(o.asnumpy().mean()) - 0.75) < 0.05)
err(lambda: ops.random_categorical(lg, 2, 1, ms.float32))
err(lambda: ops.random_categorical(lg, -1))
err(lambda: ops.random_categorical(Tensor(np.ones(3, np.float32)), 2))
err(lambda: ops.random_categorical(lg, 2.0))

print("shuffle")
s = Tensor(np.arange(24, dtype=np.float32).reshape(6, 4))
try:
    o = ops.shuffle(s, seed=2)
except Exception as e:  # noqa: BLE001
    print("ERR", type(e).__name__, str(e).splitlines()[0])
    o = None
if o is not None:
    print(o.shape, o.dtype, sorted(o.asnumpy()[:, 0].tolist()), bool((o.asnumpy()[:, 1:] - o.asnumpy()[:, :1] == np.arange(1, 4)).all()))
try:
    o = ops.shuffle(Tensor(np.array([3, 1, 2], np.int32)))
except Exception as e:  # noqa: BLE001
    print("ERR", type(e).__name__, str(e).splitlines()[0])
    o = None
if o is not None:
    print(o.dtype, sorted(o.asnumpy().tolist()))
print(ops.shuffle(Tensor(np.array(5.0, np.float32))))
err(lambda: ops.shuffle(s.asnumpy()))
err(lambda: ops.shuffle(s, seed=-1))

print("randperm")
try:
    o = ops.randperm(8, seed=1)
except Exception as e:  # noqa: BLE001
    print("ERR", type(e).__name__, str(e).splitlines()[0])
    o = None
if o is not None:
    print(o.shape, o.dtype, sorted(o.asnumpy().tolist()))
for dt in [ms.int32, ms.uint8, ms.float32, ms.int16, ms.float16]:
    err(lambda: ops.randperm(5, 2, 0, dt).dtype)
print(ops.randperm(1))
err(lambda: ops.randperm(0))
err(lambda: ops.randperm(-1))
err(lambda: ops.randperm(300, dtype=ms.uint8))
err(lambda: ops.randperm(3.0))
err(lambda: sorted(ops.randperm(4, seed=-1).asnumpy().tolist()))

print("seeded reproducibility")
ms.set_seed(11)
a1 = [ops.multinomial(probs, 3), ops.bernoulli(x, 0.5), ops.shuffle(s), ops.randperm(10, seed=3),
      ops.random_categorical(lg, 3, seed=2)]
ms.set_seed(11)
a2 = [ops.multinomial(probs, 3), ops.bernoulli(x, 0.5), ops.shuffle(s), ops.randperm(10, seed=3),
      ops.random_categorical(lg, 3, seed=2)]
print([same(u, v) for u, v in zip(a1, a2)])


@ms.jit
def jitted(t):
    return ops.bernoulli(t, 1.0) + ops.shuffle(t)


print(jitted(Tensor(np.ones((3,), np.float32))))
