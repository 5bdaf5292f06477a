import mindspore as ms
from mindspore import Tensor


@ms.jit
def f(x):
    if x.sum() > 2:
        y = x
    else:
        y = x[0]
    return y


print(f(Tensor([1.0, 2.0])))
print(f(Tensor([1.0, 0.0])))
print(f(Tensor([5.0, 0.0])))
