import mindspore as ms
from mindspore import Tensor


@ms.jit
def f(x):
    for _ in range(3):
        if x.sum() > 10:
            break
        x = x * 3
    return x


print(f(Tensor([1.0, 2.0])))
print(f(Tensor([0.1, 0.2])))
print(f(Tensor([20.0, 2.0])))
