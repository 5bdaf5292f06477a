import mindspore as ms
from mindspore import Tensor


@ms.jit
def both(x, y):
    return x and y


@ms.jit
def either(x, y):
    return x or y


for a, b in ((2.0, 3.0), (0.0, 3.0)):
    print(both(Tensor(a), Tensor(b)), either(Tensor(a), Tensor(b)))
