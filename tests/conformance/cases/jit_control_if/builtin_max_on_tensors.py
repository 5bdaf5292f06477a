import mindspore as ms
from mindspore import Tensor


@ms.jit
def f(x):
    return max(x, 2 * x)


print(f(Tensor(1.0)))
print(f(Tensor(-1.0)))
