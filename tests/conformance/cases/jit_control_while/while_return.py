import mindspore as ms
from mindspore import Tensor


@ms.jit
def f(x):
    while x < 10:
        x = x + 1
        if x > 5:
            return x * 100
    return x


print(f(Tensor(1.0)), f(Tensor(7.0)), f(Tensor(50.0)))
