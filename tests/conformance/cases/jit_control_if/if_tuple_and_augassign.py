import mindspore as ms
from mindspore import Tensor


@ms.jit
def f(x):
    y = x + 1
    if x > 0:
        a, b = x * 2, x * 3
        y *= 2
    else:
        a, b = x - 1, x - 2
        y -= 10
    return a, b, y


print(f(Tensor(1.0)))
print(f(Tensor(-1.0)))
