import mindspore as ms
from mindspore import Tensor, nn


class Gate(nn.Cell):
    def construct(self, x):
        if self.training:
            if x.mean() > 0:
                return x * 0.5
            return x
        return x + 1


ms.set_context(mode=ms.GRAPH_MODE)
net = Gate()
net.set_train(True)
print(net(Tensor([1.0, 3.0])), net(Tensor([-1.0, -3.0])))
net.set_train(False)
print(net(Tensor([1.0, 3.0])))
