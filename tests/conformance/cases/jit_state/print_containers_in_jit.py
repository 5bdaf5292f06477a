"""``print`` of tuples and lists of Tensors inside ``ms.jit``: GRAPH mode prints each Tensor of the
container on its own line (a 0-d Tensor as its bare value), at run time."""
import numpy as np
import mindspore as ms
from mindspore import Tensor


@ms.jit
def show(u, v):
    print("single", (u,))
    print("pair", (u, v))
    print("as list", [v, u])
    print("sum", (u.sum(),))
    print("nested", ((u,), v))
    return u * 2


u = Tensor(np.array([1.5, -2.0], np.float32))
v = Tensor(np.array([[3, 4], [5, 6]], np.int32))
print(show(u, v))
print(show(u + 1, v * 2))
