# nn.Upsample and ops.upsample: the same resizing as ops.interpolate.
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def run(name, f):
    try:
        r = f()
        print(name, repr(r))
    except Exception as e:
        print(name, "ERR", type(e).__name__, str(e).splitlines()[0])


x4 = Tensor(np.arange(12, dtype=np.float32).reshape(1, 1, 3, 4))
up = nn.Upsample(size=(5, 6), mode="bilinear", align_corners=True)
print(repr(up), up.trainable_params())
run("nn bilinear", lambda: up(x4))
run("nn nearest", lambda: nn.Upsample(size=(4, 8))(x4))
run("nn scale", lambda: nn.Upsample(scale_factor=2.0, mode="nearest", recompute_scale_factor=True)(x4))
run("nn scale no recompute", lambda: nn.Upsample(scale_factor=2.0)(x4))
run("nn neither", lambda: nn.Upsample()(x4))
run("ops.upsample", lambda: ops.upsample(x4, size=(2, 2), mode="bilinear"))
run("ops.upsample bad", lambda: ops.upsample(x4, size=(2, 2), mode="linear"))
g = ms.grad(lambda a: (up(a) ** 2).sum())(x4)
print("grad", repr(g))
