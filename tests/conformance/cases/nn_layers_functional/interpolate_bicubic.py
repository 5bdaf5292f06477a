# ops.interpolate(mode='bicubic'): up/down sampling, align_corners, gradients.
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def run(name, f):
    try:
        r = f()
        print(name, repr(r))
    except Exception as e:
        print(name, "ERR", type(e).__name__, str(e).splitlines()[0])


rng = np.random.default_rng(1)
x4 = Tensor(rng.standard_normal((1, 2, 4, 5)).astype(np.float32))
run("up", lambda: ops.interpolate(x4, size=(6, 7), mode="bicubic"))
run("up ac", lambda: ops.interpolate(x4, size=(6, 7), mode="bicubic", align_corners=True))
run("down", lambda: ops.interpolate(x4, size=(3, 2), mode="bicubic"))
run("down ac", lambda: ops.interpolate(x4, size=(3, 2), mode="bicubic", align_corners=True))
run("same", lambda: ops.interpolate(x4, size=(4, 5), mode="bicubic"))
run("to1", lambda: ops.interpolate(x4, size=(1, 1), mode="bicubic", align_corners=True))
run("scale", lambda: ops.interpolate(x4, scale_factor=(1.5, 2.0), mode="bicubic",
                                     recompute_scale_factor=True))
run("f64", lambda: ops.interpolate(x4.astype(ms.float64), size=(6, 7), mode="bicubic"))
run("3d", lambda: ops.interpolate(Tensor(np.ones((1, 1, 4), np.float32)), size=6, mode="bicubic"))
g = ms.grad(lambda a: (ops.interpolate(a, size=(6, 7), mode="bicubic") ** 2).sum())(x4)
print("grad", repr(g))
g = ms.grad(lambda a: (ops.interpolate(a, size=(3, 2), mode="bicubic", align_corners=True) ** 2).sum())(x4)
print("grad ac", repr(g))
