import mindspore as ms
from mindspore import Tensor


@ms.jit
def f(x):
    return x * 2 if x > 0 else x - 1


@ms.jit
def larger(x, y):
    return x if x.sum() > y.sum() else y


print(f(Tensor(2.0)), f(Tensor(-2.0)))
print(larger(Tensor([1.0]), Tensor([2.0])), larger(Tensor([3.0]), Tensor([2.0])))
