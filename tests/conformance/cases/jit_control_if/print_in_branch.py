import mindspore as ms
from mindspore import Tensor


@ms.jit
def f(x):
    print("x is", x)
    if x > 0:
        print("positive", x * 2)
    return x + 1


print(f(Tensor(3.0)))
