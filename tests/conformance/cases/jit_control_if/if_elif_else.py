import mindspore as ms
from mindspore import Tensor


@ms.jit
def piecewise(x):
    if x.sum() > 0:
        y = x * 2
    elif x.sum() > -3:
        y = x - 1
    else:
        y = -x
    return y


print(piecewise(Tensor([1.0, 2.0])))
print(piecewise(Tensor([-1.0, 0.5])))
print(piecewise(Tensor([-5.0, 0.5])))
