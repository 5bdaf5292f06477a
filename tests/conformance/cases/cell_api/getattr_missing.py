# Cell.__getattr__ on a missing name: MindSpore's AttributeError text; hasattr/getattr default.
import mindspore as ms
from mindspore import nn


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(2, 2)

    def construct(self, x):
        return self.fc(x)


net = Net()
for obj, attr in ((net, "missing"), (net.fc, "nope"), (nn.ReLU(), "x"),
                  (nn.SequentialCell([nn.ReLU()]), "y"), (nn.CellList([nn.ReLU()]), "z")):
    try:
        getattr(obj, attr)
    except AttributeError as e:
        print("ERR", type(e).__name__, str(e).splitlines()[0])
print(hasattr(net, "missing"), hasattr(net, "fc"), getattr(net, "missing", 7))
