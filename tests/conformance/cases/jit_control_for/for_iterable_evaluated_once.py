import mindspore as ms
from mindspore import Tensor


@ms.jit
def f(x):
    for r in x:
        x = x + r
    return x


print(f(Tensor([1.0, 2.0])))
print(f(Tensor([1.0, 2.0, 3.0, 4.0])))
