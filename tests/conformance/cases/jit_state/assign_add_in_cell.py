import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class Acc(nn.Cell):
    def __init__(self):
        super().__init__()
        self.total = Parameter(Tensor(np.zeros(3, np.float32)), name="total")
        self.steps = Parameter(Tensor(0, ms.int32), name="steps")

    def construct(self, x):
        ops.assign_add(self.total, x)
        ops.assign_add(self.steps, Tensor(1, ms.int32))
        return self.total * 1.0


net = Acc()
step = ms.jit(net)
for i in range(4):
    out = step(Tensor(np.arange(3, dtype=np.float32) + i))
print(out)
print(net.total.asnumpy(), net.steps.asnumpy())
