import mindspore as ms
from mindspore import Tensor, Parameter, nn


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.c = Parameter(Tensor(0.0, ms.float32), name="c")
        self.w = Parameter(Tensor([1.0, 2.0], ms.float32), name="w")

    def construct(self, x):
        if x.sum() > 0:
            self.c = self.c + 1
            y = x * self.w
        else:
            y = x - self.w
        return y


net = Net()
f = ms.jit(net.construct)
print(f(Tensor([1.0, 1.0])), net.c.value())
print(f(Tensor([-1.0, -1.0])), net.c.value())
print(f(Tensor([2.0, 1.0])), net.c.value())
