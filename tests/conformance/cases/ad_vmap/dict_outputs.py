"""Dict outputs under the functional transforms: ``value_and_grad`` keeps an aux dict's key order,
``vmap`` rejects a dict output, the Jacobians reject a dict output, ``jit`` keeps the order."""
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def with_aux(x):
    return (x * x).sum(), {"z": x, "a": x * 2}


print(ms.value_and_grad(with_aux, has_aux=True)(Tensor([1.0, 2.0])))


def as_dict(x):
    return {"z": x.sum(), "a": x * 2}


try:
    print(ops.vmap(as_dict)(Tensor(np.ones((2, 2), np.float32))))
except RuntimeError as e:
    print("ERR RuntimeError", str(e).split(" but got")[0])
for transform in (ms.jacrev, ms.jacfwd):
    try:
        print(transform(as_dict)(Tensor([1.0, 2.0])))
    except Exception as e:  # MindSpore's message comes from an internal op (Size / OnesLike)
        print("ERR", type(e).__name__)
print(ms.jit(as_dict)(Tensor([1.0, 2.0])))
