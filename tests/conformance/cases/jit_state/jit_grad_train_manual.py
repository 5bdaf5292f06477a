import numpy as np
import mindspore as ms
from mindspore import ops, Tensor, Parameter

w = Parameter(Tensor(np.array([1.0, 2.0], np.float32)), name="w")
x = Tensor(np.array([3.0, 4.0], np.float32))


def loss_fn(x):
    return (w * x).sum()


grad_fn = ms.value_and_grad(loss_fn, None, [w])


@ms.jit
def train_step(x):
    loss, grads = grad_fn(x)
    ops.assign(w, w - 0.1 * grads[0])
    return loss


for _ in range(5):
    print(train_step(x), w.asnumpy())
