import mindspore as ms
from mindspore import Tensor


@ms.jit
def pick(x, y):
    if x > y:
        out = x * y
    else:
        out = x + y
    return out


print(pick(Tensor(3.0), Tensor(1.0)))
print(pick(Tensor(1.0), Tensor(3.0)))
print(pick(Tensor(2, ms.int32), Tensor(5, ms.int32)))
