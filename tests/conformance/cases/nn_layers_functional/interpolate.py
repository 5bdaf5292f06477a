# ops.interpolate: nearest / linear / bilinear with size or scale_factor and align_corners,
# argument errors, gradients.
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def run(name, f):
    try:
        r = f()
        print(name, repr(r))
    except Exception as e:
        print(name, "ERR", type(e).__name__, str(e).splitlines()[0])


x3 = Tensor(np.array([[[1.0, 2.0, 4.0, 8.0]], [[0.0, -1.0, 3.0, 2.0]]], np.float32))
x4 = Tensor(np.arange(12, dtype=np.float32).reshape(1, 1, 3, 4))
for mode in ("nearest", "linear"):
    run(mode + " size7", lambda: ops.interpolate(x3, size=7, mode=mode))
    run(mode + " size3", lambda: ops.interpolate(x3, size=(3,), mode=mode))
    run(mode + " scale2", lambda: ops.interpolate(x3, scale_factor=2.0, mode=mode))
    run(mode + " scale1.5", lambda: ops.interpolate(x3, scale_factor=(1.5,), mode=mode))
    run(mode + " scale0.6", lambda: ops.interpolate(x3, scale_factor=0.6, mode=mode))
    run(mode + " scale1.5 recompute", lambda: ops.interpolate(x3, scale_factor=1.5, mode=mode,
                                                              recompute_scale_factor=True))
run("linear size7 ac", lambda: ops.interpolate(x3, size=7, mode="linear", align_corners=True))
run("linear size1 ac", lambda: ops.interpolate(x3, size=1, mode="linear", align_corners=True))
run("linear scale ac", lambda: ops.interpolate(x3, scale_factor=1.5, mode="linear", align_corners=True))
for mode in ("nearest", "bilinear"):
    run(mode + " size", lambda: ops.interpolate(x4, size=(5, 6), mode=mode))
    run(mode + " down", lambda: ops.interpolate(x4, size=(2, 3), mode=mode))
    run(mode + " scale", lambda: ops.interpolate(x4, scale_factor=(2.0, 1.5), mode=mode))
    run(mode + " scale down", lambda: ops.interpolate(x4, scale_factor=(0.7, 0.5), mode=mode))
run("bilinear ac", lambda: ops.interpolate(x4, size=(5, 6), mode="bilinear", align_corners=True))
run("bilinear scale ac", lambda: ops.interpolate(x4, scale_factor=(2.0, 1.5), mode="bilinear",
                                                 align_corners=True))
run("nearest 5d", lambda: ops.interpolate(Tensor(np.arange(8, dtype=np.float32).reshape(1, 1, 2, 2, 2)),
                                          size=(3, 3, 3), mode="nearest"))
run("f16 bilinear", lambda: ops.interpolate(x4.astype(ms.float16), size=(5, 6), mode="bilinear"))
run("f64 linear", lambda: ops.interpolate(x3.astype(ms.float64), size=7, mode="linear"))
run("int nearest", lambda: ops.interpolate(x4.astype(ms.int32), size=(5, 6), mode="nearest"))
run("both", lambda: ops.interpolate(x3, size=7, scale_factor=2.0))
run("neither", lambda: ops.interpolate(x3))
run("bad mode", lambda: ops.interpolate(x3, size=7, mode="cubic"))
run("bilinear 3d", lambda: ops.interpolate(x3, size=7, mode="bilinear"))
run("linear 4d", lambda: ops.interpolate(x4, size=(5, 6), mode="linear"))
run("nearest ac", lambda: ops.interpolate(x3, size=7, mode="nearest", align_corners=True))
run("size len", lambda: ops.interpolate(x4, size=(5,), mode="nearest"))
run("list", lambda: ops.interpolate([1.0, 2.0], size=3))
g = ms.grad(lambda a: (ops.interpolate(a, size=(5, 6), mode="bilinear") ** 2).sum())(x4)
print("grad bilinear", repr(g))
g = ms.grad(lambda a: (ops.interpolate(a, size=(5, 6), mode="bilinear", align_corners=True) ** 2).sum())(x4)
print("grad bilinear ac", repr(g))
g = ms.grad(lambda a: (ops.interpolate(a, size=7, mode="linear") ** 2).sum())(x3)
print("grad linear", repr(g))
g = ms.grad(lambda a: (ops.interpolate(a, size=(5, 7), mode="nearest") ** 2).sum())(x4)
print("grad nearest", repr(g))
