# SequentialCell: construction from Cells / list / OrderedDict, naming, append/del/
# setitem/slice renaming (also when nested in another Cell), forward, errors.
from collections import OrderedDict
import numpy as np
from mindspore import nn, Tensor


def names(cell):
    return [p.name for p in cell.get_parameters()]


def err(f):
    try:
        f()
        print("OK")
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])


def dense(i, o):
    return nn.Dense(i, o, weight_init="ones", bias_init="zeros")


s = nn.SequentialCell(dense(2, 3), nn.ReLU(), dense(3, 1))
print(names(s), len(s), [type(c).__name__ for c in s])
print(s)
print(s(Tensor(np.array([[1.0, -2.0]], np.float32))).asnumpy())
s2 = nn.SequentialCell(OrderedDict([("fc", dense(2, 2)), ("act", nn.ReLU())]))
print(names(s2), list(s2.name_cells().keys()))
s.append(dense(1, 4))
print(names(s), len(s))
print(hasattr(s, "insert"))
s.append(dense(4, 3))
del s[1]
print(names(s), list(s.name_cells().keys()))
s[0] = dense(2, 3)
print(names(s))
print(type(s[1:]).__name__, names(s[1:]), type(s[-1]).__name__)


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.body = nn.SequentialCell([dense(2, 2), nn.ReLU()])

    def construct(self, x):
        return self.body(x)


net = Net()
print(names(net))
net.body.append(dense(2, 5))
print(names(net))
del net.body[0]
print(names(net), list(net.body.name_cells().keys()))
err(lambda: nn.SequentialCell([nn.ReLU(), 3]))
err(lambda: nn.SequentialCell({"a": nn.ReLU()}))
err(lambda: s[10])
err(lambda: s.append(3))
print(bool(nn.SequentialCell()), len(nn.SequentialCell([])))
