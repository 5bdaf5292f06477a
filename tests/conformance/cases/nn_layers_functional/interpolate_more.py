# ops.interpolate: trilinear, nearest-exact and area modes (3-D/4-D/5-D inputs), gradients.
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def run(name, f):
    try:
        r = f()
        print(name, repr(r))
    except Exception as e:
        print(name, "ERR", type(e).__name__, str(e).splitlines()[0])


x3 = Tensor(np.array([[[1.0, 2.0, 4.0, 8.0, -1.0]]], np.float32))
x4 = Tensor(np.arange(20, dtype=np.float32).reshape(1, 1, 4, 5))
x5 = Tensor(np.arange(12, dtype=np.float32).reshape(1, 1, 2, 2, 3))
run("trilinear", lambda: ops.interpolate(x5, size=(3, 3, 4), mode="trilinear"))
run("trilinear ac", lambda: ops.interpolate(x5, size=(3, 3, 4), mode="trilinear", align_corners=True))
run("trilinear down", lambda: ops.interpolate(x5, size=(1, 2, 2), mode="trilinear"))
run("trilinear 4d", lambda: ops.interpolate(x4, size=(3, 3), mode="trilinear"))
for mode in ("nearest-exact", "area"):
    run(mode + " 3d up", lambda: ops.interpolate(x3, size=8, mode=mode))
    run(mode + " 3d down", lambda: ops.interpolate(x3, size=3, mode=mode))
    run(mode + " 4d up", lambda: ops.interpolate(x4, size=(6, 7), mode=mode))
    run(mode + " 4d down", lambda: ops.interpolate(x4, size=(3, 2), mode=mode))
    run(mode + " 5d", lambda: ops.interpolate(x5, size=(3, 1, 2), mode=mode))
    run(mode + " ac", lambda: ops.interpolate(x4, size=(3, 2), mode=mode, align_corners=True))
    run(mode + " scale", lambda: ops.interpolate(x4, scale_factor=(1.5, 0.5), mode=mode,
                                                 recompute_scale_factor=True))
g = ms.grad(lambda a: (ops.interpolate(a, size=(3, 3, 4), mode="trilinear") ** 2).sum())(x5)
print("grad trilinear", repr(g))
g = ms.grad(lambda a: (ops.interpolate(a, size=(3, 2), mode="area") ** 2).sum())(x4)
print("grad area", repr(g))
g = ms.grad(lambda a: (ops.interpolate(a, size=(6, 7), mode="nearest-exact") ** 2).sum())(x4)
print("grad nearest-exact", repr(g))
