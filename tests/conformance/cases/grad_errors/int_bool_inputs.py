import numpy as np
from mindspore import ops, Tensor

i64 = Tensor(np.array([1, 2], np.int64))
bools = Tensor(np.array([True, False]))
f32 = Tensor(np.array([0.5, 1.5], np.float32))


def f(a, c):
    return (a * c).sum()


def g(a):
    return a.astype(f32.dtype).sum()


for label, args in (("int64,f32", (i64, f32)), ("bool,f32", (bools, f32))):
    try:
        print(label, repr(ops.grad(f)(*args)))
    except Exception as e:
        print(label, "ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
for label, arg in (("int64", i64), ("bool", bools)):
    try:
        print(label, repr(ops.grad(g)(arg)))
    except Exception as e:
        print(label, "ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
