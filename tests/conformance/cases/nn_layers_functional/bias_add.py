# ops.bias_add: bias along axis 1 (NCHW), shape/dtype checks, gradients.
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def run(name, f):
    try:
        r = f()
        print(name, repr(r))
    except Exception as e:
        print(name, "ERR", type(e).__name__, str(e).splitlines()[0])


b3 = Tensor(np.array([0.5, -1.0, 2.0], np.float32))
run("2d", lambda: ops.bias_add(Tensor(np.arange(6, dtype=np.float32).reshape(2, 3)), b3))
run("4d", lambda: ops.bias_add(Tensor(np.arange(12, dtype=np.float32).reshape(1, 3, 2, 2)), b3))
run("5d", lambda: ops.bias_add(Tensor(np.zeros((1, 3, 1, 1, 2), np.float32)), b3))
run("1d", lambda: ops.bias_add(Tensor(np.zeros((3,), np.float32)), b3))
run("bad len", lambda: ops.bias_add(Tensor(np.zeros((2, 4), np.float32)), b3))
run("bias 2d", lambda: ops.bias_add(Tensor(np.zeros((2, 3), np.float32)), Tensor(np.zeros((1, 3), np.float32))))
run("int32", lambda: ops.bias_add(Tensor(np.ones((2, 3), np.int32)), Tensor(np.array([1, 2, 3], np.int32))))
run("f16", lambda: ops.bias_add(Tensor(np.ones((2, 3), np.float16)), b3.astype(ms.float16)))
run("mixed", lambda: ops.bias_add(Tensor(np.ones((2, 3), np.float16)), b3))
run("list", lambda: ops.bias_add([1.0, 2.0, 3.0], b3))
x = Tensor(np.arange(24, dtype=np.float32).reshape(2, 3, 2, 2) / 10)
gx, gb = ms.grad(lambda a, b: (ops.bias_add(a, b) ** 2).sum(), grad_position=(0, 1))(x, b3)
print("grad x", repr(gx))
print("grad b", repr(gb))
