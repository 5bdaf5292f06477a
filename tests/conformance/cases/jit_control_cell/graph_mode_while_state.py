import mindspore as ms
from mindspore import Tensor, Parameter, nn


class Counter(nn.Cell):
    def __init__(self):
        super().__init__()
        self.c = Parameter(Tensor(0.0, ms.float32), name="c")

    def construct(self, x):
        while x < 10:
            x = x * 2
            self.c += 1
        return x


ms.set_context(mode=ms.GRAPH_MODE)
net = Counter()
print(net(Tensor(1.0)), net.c.value())
print(net(Tensor(3.0)), net.c.value())
print(net(Tensor(30.0)), net.c.value())
