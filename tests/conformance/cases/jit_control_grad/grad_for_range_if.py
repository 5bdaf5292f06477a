import mindspore as ms
from mindspore import Tensor, ops


def ff(x):
    for _ in range(3):
        if x.sum() > 5:
            x = x * 0.5
        else:
            x = x * x
    return x.sum()


print(ms.jit(ops.value_and_grad(ff))(Tensor([1.0, 2.0])))
print(ops.value_and_grad(ms.jit(ff))(Tensor([1.0, 2.0])))
