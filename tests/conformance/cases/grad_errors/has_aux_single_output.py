import numpy as np
from mindspore import ops, Tensor, Parameter

x = Tensor(np.array([1.0, 2.0], np.float32))
w = Parameter(Tensor(np.array([3.0, 4.0], np.float32)), name="w")


def single(a):
    return (a * w).sum()


def one_tuple(a):
    return ((a * w).sum(),)


for fn in (single, one_tuple):
    for api in (ops.grad, ops.value_and_grad):
        try:
            print(fn.__name__, api(fn, 0, None, True)(x))
        except Exception as e:
            print(fn.__name__, "ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
    try:
        print(fn.__name__, ops.grad(fn, None, w, has_aux=True)(x))
    except Exception as e:
        print(fn.__name__, "ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
