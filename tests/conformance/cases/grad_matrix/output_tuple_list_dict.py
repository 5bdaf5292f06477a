import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))


def as_tuple(a):
    return a * a, 3 * a


def as_list(a):
    return [a * a, 3 * a]


def as_dict(a):
    return {"p": a * a, "q": 3 * a}


def nested(a):
    return (a * a, (a.sum(), [2 * a]))


for fn in (as_tuple, as_list, as_dict, nested):
    print(fn.__name__, ops.grad(fn)(x))
