import mindspore as ms
from mindspore import Tensor


@ms.jit
def weighted(x):
    for i, r in enumerate(x):
        x = x + r * i
    return x


@ms.jit
def paired(x):
    for a, b in zip(x, x * 2):
        x = x + a * b
    return x


print(weighted(Tensor([1.0, 2.0])))
print(paired(Tensor([1.0, 2.0])))
