import mindspore as ms
from mindspore import Tensor


@ms.jit
def scale(x, use_square):
    if use_square:
        y = x * x
    else:
        y = x + x
    if y.sum() > 5:
        y = y - 5
    return y


x = Tensor([1.0, 2.0])
print(scale(x, True))
print(scale(x, False))
print(scale(Tensor([2.0, 2.0]), True))
