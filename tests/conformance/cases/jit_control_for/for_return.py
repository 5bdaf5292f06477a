import mindspore as ms
from mindspore import Tensor


@ms.jit
def f(x):
    out = x
    for _ in range(4):
        if out.sum() > 6:
            return out
        out = out * 2
    return out - 1


@ms.jit
def g(x):
    for _ in range(3):
        if x > 100:
            return x
        x = x + 1
    return x * 10


print(f(Tensor([1.0, 2.0])), f(Tensor([0.1, 0.1])))
print(g(Tensor(1.0)), g(Tensor(200.0)))
