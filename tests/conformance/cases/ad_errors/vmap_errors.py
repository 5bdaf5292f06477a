import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter, ParameterTuple


def show(label, thunk, cut=None):
    """Print a result, or the error type and the first line (up to ``cut``) of its message."""
    try:
        print(label, thunk())
    except Exception as e:  # noqa: BLE001 - the case records MindSpore's error
        msg = (str(e).splitlines() or [""])[0]
        if cut is not None:
            msg = msg.split(cut)[0]
        print(label, "ERR", type(e).__name__, msg)

X = Tensor(np.arange(6, dtype=np.float32).reshape(2, 3))
Y = Tensor(np.arange(6, 12, dtype=np.float32).reshape(2, 3))


def mul(a, c):
    return a * c


def sq(a):
    return a * a


def dct(d):
    return d["a"] * d["b"]


def none_out(a):
    return None


show("axis beyond", lambda: ops.vmap(mul, 2)(X, Y))
show("negative beyond", lambda: ops.vmap(mul, -3)(X, Y))
show("batch sizes", lambda: ops.vmap(mul)(X, Tensor(np.ones((3, 3), np.float32))))
show("in_axes too long", lambda: ops.vmap(mul, (0, 0, 0))(X, Y))
show("in_axes too short", lambda: ops.vmap(mul, (0,))(X, Y))
show("single None", lambda: ops.vmap(mul, None)(X, Y))
show("all None", lambda: ops.vmap(mul, (None, None))(X, Y))
show("float axis", lambda: ops.vmap(mul, 0.5)(X, Y))
show("bool axis", lambda: ops.vmap(sq, True)(X))
show("tuple axis for tensor", lambda: ops.vmap(sq, ((0, 0),))(X))
show("dict axes", lambda: ops.vmap(dct, ({"a": 0, "b": None},))({"a": X, "b": Y}))
show("dict input", lambda: ops.vmap(dct)({"a": X, "b": Y}), "AbstractDictionary")
show("python scalar batched", lambda: ops.vmap(mul, (0, 0))(X, 2.0), " Tip")
show("0-d batched", lambda: ops.vmap(mul, (0, 0))(X, Tensor(2.0)))
show("out axis beyond", lambda: ops.vmap(mul, 0, 3)(X, Y))
show("out axes size", lambda: ops.vmap(mul, 0, (0, 0))(X, Y))
show("out axes float", lambda: ops.vmap(sq, 0, 0.5)(X))
show("batched out None", lambda: ops.vmap(sq, 0, None)(X))
show("None output", lambda: ops.vmap(none_out)(X))
show("kwargs", lambda: ops.vmap(mul)(X, c=Y))
show("no arguments", lambda: ops.vmap(mul)())
show("not callable", lambda: ops.vmap(3)(X))
