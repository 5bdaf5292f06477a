import mindspore as ms
from mindspore import Tensor, Parameter, nn, ops


class Router(nn.Cell):
    def __init__(self):
        super().__init__()
        self.pos = Parameter(Tensor(0.0, ms.float32), name="pos")
        self.neg = Parameter(Tensor(0.0, ms.float32), name="neg")

    def construct(self, x):
        if x > 0:
            ops.assign_add(self.pos, x)
        else:
            ops.assign_add(self.neg, -x)
        return self.pos - self.neg


ms.set_context(mode=ms.GRAPH_MODE)
net = Router()
for v in (2.0, -3.0, 0.5, -0.25):
    print(net(Tensor(v)), net.pos.value(), net.neg.value())
