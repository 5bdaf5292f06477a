import mindspore as ms
from mindspore import Tensor


@ms.jit
def f(x):
    while x < 10:
        x = x + 1
        if x > 5:
            break
    return x


@ms.jit
def g(x):
    while True:
        x = x + 1
        if x > 5:
            break
    return x


print(f(Tensor(1.0)), f(Tensor(7.0)), f(Tensor(20.0)))
print(g(Tensor(1.0)), g(Tensor(9.0)))
