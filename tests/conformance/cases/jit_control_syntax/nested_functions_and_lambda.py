import mindspore as ms
from mindspore import Tensor


def helper(z):
    if z > 0:
        return z * 3
    return z - 3


@ms.jit
def f(x):
    def inner(z):
        if z > 0:
            return z * 2
        return z
    g = lambda z: z * 2 if z > 0 else z
    return inner(x), g(x), helper(x)


print(f(Tensor(1.0)))
print(f(Tensor(-1.0)))
