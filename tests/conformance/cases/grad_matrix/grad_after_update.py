import numpy as np
from mindspore import ops, Tensor, Parameter

w = Parameter(Tensor(np.array([1.0, 2.0], np.float32)), name="w")
x = Tensor(np.array([3.0, 4.0], np.float32))


def loss(a):
    return ((a * w) ** 2).sum()


grad_fn = ops.value_and_grad(loss, None, [w])
for step in range(3):
    value, (gw,) = grad_fn(x)
    w.set_data(w - 0.01 * gw)
    print(step, value, gw, w.asnumpy())
