import mindspore as ms
from mindspore import nn, Tensor, Parameter


class Counter(nn.Cell):
    def __init__(self):
        super().__init__()
        self.c = Parameter(Tensor(1.0), name="c")

    def construct(self, x):
        self.c += 1
        return x + self.c


for mode in (ms.PYNATIVE_MODE, ms.GRAPH_MODE):
    ms.set_context(mode=mode)
    net = Counter()
    print(mode, net(Tensor(0.0)), net(Tensor(0.0)), net.c.asnumpy())
ms.set_context(mode=ms.PYNATIVE_MODE)
