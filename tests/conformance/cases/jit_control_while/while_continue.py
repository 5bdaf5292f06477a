import mindspore as ms
from mindspore import Tensor


@ms.jit
def odd_sum(x):
    s = x * 0
    while x < 10:
        x = x + 1
        if x % 2 == 0:
            continue
        s = s + x
    return s


@ms.jit
def halve(x):
    res = x
    while res.sum() > 1:
        res = res / 2
        if res.sum() < 3:
            continue
        res = res - 1
    return res


print(odd_sum(Tensor(1.0)), odd_sum(Tensor(4.0)))
print(halve(Tensor([10.0, 20.0])))
