import mindspore as ms
from mindspore import Tensor, ops


def fw(x, w):
    while x.sum() < 20:
        x = x * w
    return x.sum()


print(ms.jit(ops.value_and_grad(fw, grad_position=(0, 1)))(Tensor([1.0, 2.0]), Tensor(1.5)))
print(ops.value_and_grad(ms.jit(fw), grad_position=(0, 1))(Tensor([1.0, 2.0]), Tensor(1.5)))
print(ms.jit(ms.grad(fw))(Tensor([30.0, 2.0]), Tensor(1.5)))
