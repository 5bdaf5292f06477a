import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([1.0, 2.0], np.float32))


def py_float(a):
    return 2.5


def py_none(a):
    return None


def py_str(a):
    return "loss"


def py_int(a):
    return 3


def py_list(a):
    return [1.0, 2.0]


def numpy_out(a):
    return np.ones(2, np.float32)


for fn in (py_float, py_none, py_str, py_int, py_list, numpy_out):
    try:
        print(fn.__name__, ops.grad(fn)(x))
    except Exception as e:
        print(fn.__name__, "ERR", type(e).__name__)
