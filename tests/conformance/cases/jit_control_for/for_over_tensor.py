import numpy as np
import mindspore as ms
from mindspore import Tensor


@ms.jit
def total(x):
    s = 0
    for r in x:
        s = s + r
    return s


@ms.jit
def count_big(x):
    n = 0
    for r in x:
        if r > 1:
            n = n + 1
    return n


print(total(Tensor([[1.0, 2.0], [3.0, 4.0]])))
print(total(Tensor(np.arange(12, dtype=np.float32).reshape(4, 3))))
r = count_big(Tensor([1.0, 2.0, 3.0, 0.5, 7.0]))
print(type(r).__name__, r)
