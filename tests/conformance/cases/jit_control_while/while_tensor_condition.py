import mindspore as ms
from mindspore import Tensor


@ms.jit
def grow(x):
    i = Tensor(0, ms.int32)
    while x.sum() < 100:
        x = x * 2
        i = i + 1
    return x, i


print(grow(Tensor([1.0, 2.0])))
print(grow(Tensor([30.0, 40.0])))
print(grow(Tensor([300.0, 40.0])))
