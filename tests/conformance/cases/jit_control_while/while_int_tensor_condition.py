import mindspore as ms
from mindspore import Tensor


@ms.jit
def countdown(x, acc):
    while x:
        acc = acc * 2
        x = x - 1
    return x, acc


print(countdown(Tensor(3), Tensor(1.5)))
print(countdown(Tensor(0), Tensor(1.5)))
