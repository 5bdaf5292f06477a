import mindspore as ms
from mindspore import Tensor


@ms.jit
def f(x, y):
    if x > y:
        return x * y
    return x + y


@ms.jit
def g(x):
    if x.sum() > 10:
        return x / 10
    elif x.sum() > 0:
        if x[0] > x[1]:
            return x[0] * x
        x = x * 3
    else:
        return -x
    return x + 1


print(f(Tensor(3.0), Tensor(1.0)))
print(f(Tensor(1.0), Tensor(3.0)))
for v in ([20.0, 1.0], [2.0, 1.0], [1.0, 2.0], [-1.0, -2.0]):
    print(g(Tensor(v)))
