import mindspore as ms
from mindspore import Tensor


@ms.jit
def f(x):
    for i in range(3):
        for j in range(3):
            if x > 20:
                break
            x = x + i * j
    return x


@ms.jit
def g(x):
    for row in x:
        for v in row:
            if v < 0:
                break
            x = x + v
    return x


print(f(Tensor(1.0)), f(Tensor(19.0)))
print(g(Tensor([[1.0, -1.0, 2.0], [0.5, 0.5, 0.5], [3.0, 1.0, -2.0]])))
