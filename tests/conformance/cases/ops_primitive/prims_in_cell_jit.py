import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.ops import operations as P


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.matmul = P.MatMul(transpose_b=True)
        self.reduce_sum = P.ReduceSum(keep_dims=True)
        self.gather = P.Gather()
        self.concat = P.Concat(1)
        self.argmax = P.ArgMaxWithValue(1)
        self.w = Parameter(Tensor(np.array([[0.5, -1.0], [2.0, 0.25]], np.float32)), name="w")

    def construct(self, x, idx):
        y = self.matmul(x, self.w)
        s = self.reduce_sum(y * y, 1)
        g = self.gather(y, idx, 0)
        z = self.concat((g, ops.cumsum(g, 1)))
        index, value = self.argmax(z)
        return s, z, index, value


net = Net()
x = Tensor(np.array([[1.0, 2.0], [3.0, -1.0], [0.5, 0.5]], np.float32))
idx = Tensor(np.array([2, 0], np.int32))
print(net(x, idx))
jitted = ms.jit(net.construct)
print(jitted(x, idx))


def loss(a):
    return net(a, idx)[0].sum()


grad = ops.grad(loss)(x)
print(repr(grad))
