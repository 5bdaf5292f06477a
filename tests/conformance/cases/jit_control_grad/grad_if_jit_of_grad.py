import mindspore as ms
from mindspore import Tensor, ops


def fi(x, y):
    if x > y:
        out = x * x * y
    else:
        out = x + y * 3
    return out


gf = ms.jit(ops.value_and_grad(fi, grad_position=(0, 1)))
print(gf(Tensor(3.0), Tensor(2.0)))
print(gf(Tensor(1.0), Tensor(2.0)))
