import mindspore as ms
from mindspore import Tensor


@ms.jit
def f(x):
    if x[0:1] > 2:
        return x * 3
    return x - 3


print(f(Tensor([3.0, 1.0])))
print(f(Tensor([1.0, 1.0])))
