import numpy as np
from mindspore import ops, Tensor, Parameter

x = Tensor(np.array([1.0, 2.0], np.float32))
w = Parameter(Tensor(np.array([3.0, 4.0], np.float32)), name="w")
t = Tensor(np.array([5.0, 6.0], np.float32))


def f(a):
    return (a * w * t).sum()


# A plain Tensor as a weight is accepted and gets a zero gradient.
for label, weights in (("Tensor", t), ("[Tensor]", [t]), ("[w, Tensor]", [w, t]), ("int", 3), ("str", "w")):
    try:
        print(label, ops.grad(f, 0, weights)(x))
    except Exception as e:
        print(label, "ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
# MindSpore's messages for these carry internal text (a C++ pointer check, a Parameter dump):
# only the exception type is compared.
for label, weights in (("[int]", [1]), ("dict", {"w": w})):
    try:
        print(label, ops.grad(f, 0, weights)(x))
    except Exception as e:
        print(label, "ERR", type(e).__name__)
