import numpy as np
import mindspore as ms
from mindspore import Tensor


@ms.jit
def f(x, y):
    print("x:", x)
    z = x * 2
    print(z, y)
    return z + y


print(f(Tensor(np.arange(4, dtype=np.float32).reshape(2, 2)), Tensor(np.array([1, -2], np.int64))))
print(f(Tensor(np.ones((2, 2), np.float32)), Tensor(np.array([3, 4], np.int64))))
