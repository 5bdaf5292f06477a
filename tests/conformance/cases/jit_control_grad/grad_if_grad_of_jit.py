import mindspore as ms
from mindspore import Tensor, ops


@ms.jit
def fi(x, y):
    if x > y:
        return x * x * y
    return x + y * 3


vg = ops.value_and_grad(fi, grad_position=(0, 1))
print(vg(Tensor(3.0), Tensor(2.0)))
print(vg(Tensor(1.0), Tensor(2.0)))
print(ms.grad(fi)(Tensor(4.0), Tensor(1.0)))
