# conformance: rtol=2e-3 atol=1e-3
# Cell.to_float(float16): the cell computes in Float16 (inputs and Parameters are cast for its
# operations) while the Parameters stay Float32; an outer Float32 cell promotes back; gradients
# reach the Float32 Parameters. (Float16 arithmetic: compared at fp16 precision.)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class Lin(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([[1.0001, 2.0], [3.0, 4.0]], np.float32)))
        self.b = Parameter(Tensor(np.array([0.1, 0.2], np.float32)))

    def construct(self, x):
        y = ops.matmul(x, self.w) + self.b
        return y * 1.0001


class Outer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.lin = Lin()
        self.s = Parameter(Tensor(np.array([2.0, 3.0], np.float32)))

    def construct(self, x):
        return self.lin(x) * self.s


x = Tensor(np.array([[1.0, 2.0]], np.float32))
net = Lin().to_float(ms.float16)
out = net(x)
print(out, out.dtype, net.w.dtype, net.b.dtype)
outer = Outer()
outer.lin.to_float(ms.float16)
r = outer(x)
print(r, r.dtype, outer.s.dtype)


def total(a):
    return outer(a).sum()


grads = ms.grad(total, None, outer.trainable_params())(x)
for g in grads:
    print(g.dtype, g)
y = outer.lin(Tensor(np.array([[1.0, 2.0]], np.float16)))
print(y.dtype)
