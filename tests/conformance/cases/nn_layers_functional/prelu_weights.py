# ops.prelu: weight per channel (axis 1), shape checks, gradients w.r.t. input and weight.
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def run(name, f):
    try:
        r = f()
        print(name, repr(r))
    except Exception as e:
        print(name, "ERR", type(e).__name__, str(e).splitlines()[0])


x = Tensor(np.arange(-12, 12, dtype=np.float32).reshape(2, 3, 4) / 4)
w3 = Tensor(np.array([0.1, -0.5, 2.0], np.float32))
run("w3", lambda: ops.prelu(x, w3))
run("w1", lambda: ops.prelu(x, Tensor(np.array([0.3], np.float32))))
run("w0d", lambda: ops.prelu(x, Tensor(np.float32(0.3))))
run("w4 bad", lambda: ops.prelu(x, Tensor(np.array([0.1, 0.2, 0.3, 0.4], np.float32))))
run("w 2d", lambda: ops.prelu(x, Tensor(np.ones((3, 1), np.float32))))
run("x 1d", lambda: ops.prelu(Tensor(np.array([-1.0, 2.0, -3.0], np.float32)), w3))
run("x 1d w1", lambda: ops.prelu(Tensor(np.array([-1.0, 2.0, -3.0], np.float32)),
                                Tensor(np.array([0.5], np.float32))))
run("x 0d", lambda: ops.prelu(Tensor(np.float32(-2.0)), Tensor(np.array([0.5], np.float32))))
run("x 4d", lambda: ops.prelu(Tensor(np.arange(-8, 8, dtype=np.float32).reshape(1, 2, 2, 4)),
                             Tensor(np.array([0.5, 3.0], np.float32))))
run("dtype mix", lambda: ops.prelu(x, w3.astype(ms.float16)))
run("f16", lambda: ops.prelu(x.astype(ms.float16), w3.astype(ms.float16)))
run("w list", lambda: ops.prelu(x, [0.1, 0.2, 0.3]))
gx, gw = ms.grad(lambda a, b: (ops.prelu(a, b) ** 2).sum(), grad_position=(0, 1))(x, w3)
print("grad x", repr(gx))
print("grad w", repr(gw))
gx, gw = ms.grad(lambda a, b: ops.prelu(a, b).sum(), grad_position=(0, 1))(
    x, Tensor(np.array([0.3], np.float32)))
print("grad x w1", repr(gx))
print("grad w1", repr(gw))
