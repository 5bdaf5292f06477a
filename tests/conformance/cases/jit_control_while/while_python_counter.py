import mindspore as ms
from mindspore import Tensor


@ms.jit
def count(x):
    i = 0
    while x < 10:
        x = x * 2
        i = i + 1
    return x, i


@ms.jit
def scalar_ops(x):
    i = 0
    while x < 10:
        x = x * 2
        i += 1
    return i * 2, i / 3, i > 2, -i, x * i


r = count(Tensor(1.0))
print(type(r[1]).__name__, r)
print(scalar_ops(Tensor(1.0)))
