import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([1.0, 2.0], np.float32))


def f(a):
    return (a * a).sum()


for api in (ops.grad, ops.value_and_grad):
    try:
        print(api(f, None, None)(x))
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
    try:
        api(f, grad_position=None)
        print("constructed lazily")
    except Exception as e:
        print("ERR at construction", type(e).__name__)
