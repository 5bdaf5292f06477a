# Conv layers: parameter names/shapes/dtypes, defaults, repr text (initializer objects masked).
import re
import mindspore as ms
from mindspore import nn


def show(net):
    text = re.sub(r"<[\w.]*\.(\w+) object at 0x[0-9a-f]+>", r"<\1>", repr(net))
    print(text)
    for name, p in net.parameters_and_names():
        print("  ", name, p.name, p.shape, p.dtype, p.requires_grad)


show(nn.Conv2d(3, 8, 3))
show(nn.Conv2d(3, 8, (3, 5), stride=2, pad_mode="pad", padding=1, has_bias=True))
show(nn.Conv2d(4, 8, 1, group=2, has_bias=True, weight_init="ones", bias_init="zeros"))
show(nn.Conv2d(3, 8, 3, dtype=ms.float16, has_bias=True))
show(nn.Conv1d(3, 6, 3, has_bias=True))
show(nn.Conv2dTranspose(4, 6, 3, stride=2, has_bias=True))
show(nn.Conv1dTranspose(4, 6, 3))


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 2, 3, has_bias=True)
        self.deconv = nn.Conv2dTranspose(2, 1, 2)

    def construct(self, x):
        return self.deconv(self.conv(x))


show(Net())
