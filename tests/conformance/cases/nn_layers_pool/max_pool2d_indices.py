# ops.max_pool2d / nn.MaxPool2d with return_indices=True: argmax positions (flattened over H*W
# of the input, padding excluded), ties, ceil_mode, dilation, gradients.
import numpy as np
import mindspore as ms
from mindspore import ops, nn, Tensor


def run(name, f):
    try:
        r = f()
        if isinstance(r, tuple):
            for i, t in enumerate(r):
                print(name, i, repr(t))
        else:
            print(name, repr(r))
    except Exception as e:
        print(name, "ERR", type(e).__name__, str(e).splitlines()[0])


rng = np.random.default_rng(0)
x = Tensor(rng.standard_normal((1, 2, 5, 5)).astype(np.float32))
run("k2", lambda: ops.max_pool2d(x, 2, return_indices=True))
run("k3s2p1", lambda: ops.max_pool2d(x, 3, stride=2, padding=1, return_indices=True))
run("k2 ceil", lambda: ops.max_pool2d(x, 2, stride=2, ceil_mode=True, return_indices=True))
run("k2 dil2", lambda: ops.max_pool2d(x, 2, stride=1, dilation=2, return_indices=True))
run("ties", lambda: ops.max_pool2d(Tensor(np.ones((1, 1, 4, 4), np.float32)), 2, return_indices=True))
run("3d input", lambda: ops.max_pool2d(Tensor(np.arange(16, dtype=np.float32).reshape(1, 4, 4)), 2,
                                       return_indices=True))
run("f16", lambda: ops.max_pool2d(x.astype(ms.float16), 2, return_indices=True))
run("nn valid", lambda: nn.MaxPool2d(kernel_size=2, stride=2, return_indices=True))
run("nn same", lambda: nn.MaxPool2d(kernel_size=2, stride=2, pad_mode="same", return_indices=True))
pool = nn.MaxPool2d(kernel_size=2, stride=2, pad_mode="pad", return_indices=True)
print(repr(pool))
run("nn", lambda: pool(x))
pool2 = nn.MaxPool2d(kernel_size=3, stride=1, pad_mode="pad", padding=1, return_indices=True)
run("nn pad", lambda: pool2(x))
run("nn 3d", lambda: pool2(Tensor(np.arange(16, dtype=np.float32).reshape(1, 4, 4))))
pool3 = nn.MaxPool2d(kernel_size=3, stride=2, pad_mode="pad", padding=1, ceil_mode=True,
                     return_indices=True)
run("nn ceil", lambda: pool3(x))
g = ms.grad(lambda a: (ops.max_pool2d(a, 3, stride=2, padding=1, return_indices=True)[0] ** 2).sum())(x)
print("grad", repr(g))
