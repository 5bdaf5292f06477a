import mindspore as ms
from mindspore import Tensor


@ms.jit
def f(x):
    i = Tensor(0)
    while i < 3:
        j = Tensor(0)
        while j < 2:
            x = x * 2
            j = j + 1
        i = i + 1
    return x


@ms.jit
def g(x, n):
    total = x * 0
    k = Tensor(0)
    while k < n:
        m = Tensor(0)
        while m <= k:
            total = total + x
            m = m + 1
        k = k + 1
    return total


print(f(Tensor(1.0)))
print(g(Tensor(1.5), Tensor(4)), g(Tensor(1.5), Tensor(2)))
