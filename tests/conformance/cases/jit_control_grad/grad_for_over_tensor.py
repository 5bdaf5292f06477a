import mindspore as ms
from mindspore import Tensor, ops


def rnn(x, w):
    h = x * 0
    for r in w:
        h = ops.tanh(h + r * x)
    return h.sum()


w = Tensor([[1.0, 2.0], [0.5, 0.1], [0.2, 0.3], [-0.4, 0.6]])
x = Tensor([0.5, -0.3])
print(ms.jit(ops.value_and_grad(rnn, grad_position=(0, 1)))(x, w))
print(ops.value_and_grad(ms.jit(rnn), grad_position=(0, 1))(x, w))
