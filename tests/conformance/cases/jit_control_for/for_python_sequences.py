import mindspore as ms
from mindspore import Tensor


@ms.jit
def f(x):
    for s in (1, 2.5, 3):
        x = x * s
    for k in [2, 3]:
        if x > 10:
            x = x - k
    return x


print(f(Tensor(1.0)), f(Tensor(0.5)))
