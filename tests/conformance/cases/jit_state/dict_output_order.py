"""A dict returned from ``ms.jit`` keeps the order its keys were inserted in (JAX's dict pytree
would sort them), also for nested dicts and dicts inside tuples."""
import numpy as np
import mindspore as ms
from mindspore import Tensor


@ms.jit
def stats(x):
    out = {"sum": x.sum(), "max": x.max()}
    out["argmin"] = x.argmin()
    return out, {"z": x * 2, "a": {"y": x + 1, "b": x - 1}}


s, nested = stats(Tensor(np.array([3.0, -1.0, 2.0], np.float32)))
print(list(s), s)
print(list(nested), list(nested["a"]), nested)
