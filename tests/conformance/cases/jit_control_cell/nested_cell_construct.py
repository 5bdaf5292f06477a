import mindspore as ms
from mindspore import Tensor, nn


class Clip(nn.Cell):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit

    def construct(self, x):
        if x.max() > self.limit:
            return x / x.max() * self.limit
        return x


class Outer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.clip = Clip(4.0)

    def construct(self, x):
        y = self.clip(x)
        for _ in range(2):
            if y.sum() < 5:
                y = y * 2
        return y


ms.set_context(mode=ms.GRAPH_MODE)
net = Outer()
print(net(Tensor([1.0, 8.0])))
print(net(Tensor([0.5, 0.5])))
print(net(Tensor([1.0, 2.0])))
