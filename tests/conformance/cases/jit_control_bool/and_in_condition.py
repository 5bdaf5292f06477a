import mindspore as ms
from mindspore import Tensor


@ms.jit
def f(x, y):
    if x > 0 and y > 0:
        return x + y
    if x > 0 or y > 0:
        return x * y
    return x - y


@ms.jit
def g(x, y):
    return (x > 0) and (y > 0)


for a, b in ((2.0, 3.0), (2.0, -3.0), (-2.0, -3.0)):
    print(f(Tensor(a), Tensor(b)), g(Tensor(a), Tensor(b)))
