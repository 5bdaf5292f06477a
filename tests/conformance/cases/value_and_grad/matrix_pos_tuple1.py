# ops.value_and_grad option matrix for grad_position=(1,): weights x has_aux x return_ids.
# Left out: return_ids=True where MindSpore 2.10 returns garbage (see skip_return_ids).
import numpy as np
from mindspore import ops, Tensor, Parameter, ParameterTuple

x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))
y = Tensor(np.array([4.0, 5.0, 6.0], np.float32))
w = Parameter(Tensor(np.array([0.5, 1.0, 2.0], np.float32)), name="w")
b = Parameter(Tensor(np.array([1.0, -1.0, 0.5], np.float32)), name="b")


def loss(a, c):
    return (a * c * w + b * a).sum()


def loss_aux(a, c):
    return (a * c * w + b * a).sum(), a * 2


WEIGHTS = [("None", None), ("w", w), ("[w,b]", [w, b]), ("(w,b)", (w, b)),
           ("ParameterTuple", ParameterTuple((w, b)))]


def skip_return_ids(weights):
    return True  # MindSpore 2.10 bug: pairs the position with the gradient's first element


for wname, weights in WEIGHTS:
    for has_aux in (False, True):
        for return_ids in (False, True):
            if return_ids and skip_return_ids(weights):
                continue
            fn = loss_aux if has_aux else loss
            label = f"grad_position=(1,) weights={wname} has_aux={has_aux} return_ids={return_ids}:"
            try:
                out = ops.value_and_grad(fn, (1,), weights, has_aux, return_ids)(x, y)
                print(label, out)
            except Exception as e:
                print(label, "ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
