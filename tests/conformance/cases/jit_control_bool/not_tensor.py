import mindspore as ms
from mindspore import Tensor


@ms.jit
def neg(x):
    return not x


@ms.jit
def not_positive(x):
    return not (x > 0)


print(neg(Tensor(2.0)), neg(Tensor(0.0)))
print(not_positive(Tensor(-2.0)), not_positive(Tensor(2.0)))
