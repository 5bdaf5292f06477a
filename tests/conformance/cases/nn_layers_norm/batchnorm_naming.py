# BatchNorm Parameter names standalone (mean/variance) and nested (bn.moving_mean), order, repr.
import re
import mindspore as ms
from mindspore import nn

bn = nn.BatchNorm2d(3)
print([(n, p.name, p.requires_grad) for n, p in bn.parameters_and_names()])
print(repr(bn))
print(nn.BatchNorm1d(2, eps=1e-3, momentum=0.99))


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 3, 3)
        self.bn = nn.BatchNorm2d(3)
        self.ln = nn.LayerNorm((3,))

    def construct(self, x):
        return self.bn(self.conv(x))


net = Net()
print([p.name for p in net.get_parameters()])
print([p.name for p in net.trainable_params()])
print(re.sub(r"<[\w.]*\.(\w+) object at 0x[0-9a-f]+>", r"<\1>", repr(net)))
b3 = nn.BatchNorm3d(2)
print([p.name for p in b3.get_parameters()])
