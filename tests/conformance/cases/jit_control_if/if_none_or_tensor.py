import mindspore as ms
from mindspore import Tensor


@ms.jit
def f(x):
    if x > 2:
        y = None
    else:
        y = x
    return y


@ms.jit
def g(x):
    if x > 0:
        return
    return x


print(f(Tensor(3.0)))
print(f(Tensor(1.0)))
print(g(Tensor(1.0)))
print(g(Tensor(-1.0)))
