import mindspore as ms
from mindspore import Tensor


@ms.jit
def maybe_double(x):
    y = x + 1
    if x.mean() > 0:
        y = y * 2
    return y


print(maybe_double(Tensor([1.0, 2.0, 3.0])))
print(maybe_double(Tensor([-1.0, -2.0, 3.0])))
