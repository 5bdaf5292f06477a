# CellList and CellDict: registration, naming (standalone and nested), list/dict operations,
# repr, errors.
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


cl = nn.CellList([dense(2, 2), nn.ReLU()])
cl.append(dense(2, 3))
cl.extend([nn.Tanh(), dense(3, 1)])
print(len(cl), names(cl), list(cl.name_cells().keys()))
print(cl)
cl.insert(0, dense(1, 2))
print(names(cl))
del cl[2]
print(names(cl), list(cl.name_cells().keys()))
cl[0] = dense(4, 4)
print(names(cl), type(cl[1:3]).__name__, len(cl[1:3]))
x = Tensor(np.ones((1, 4), np.float32))
for c in cl:
    if isinstance(c, nn.Dense) and c.in_channels == x.shape[-1]:
        x = c(x)
print(x.asnumpy())
cd = nn.CellDict({"fc": dense(2, 2), "act": nn.ReLU()})
cd["out"] = dense(2, 1)
print(len(cd), list(cd.keys()), names(cd), "fc" in cd)
print(cd)
print(type(cd.pop("act")).__name__, list(cd.keys()))
cd.update([("extra", nn.Sigmoid())])
print(list(cd.keys()), [type(v).__name__ for v in cd.values()])


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.blocks = nn.CellList([dense(2, 2), dense(2, 2)])
        self.heads = nn.CellDict({"a": dense(2, 1), "b": dense(2, 3)})

    def construct(self, x):
        for b in self.blocks:
            x = b(x)
        return self.heads["a"](x), self.heads["b"](x)


net = Net()
print(names(net))
net.blocks.append(dense(2, 2))
net.heads["c"] = dense(2, 2)
print(names(net))
a, b = net(Tensor(np.ones((1, 2), np.float32)))
print(a.asnumpy(), b.asnumpy())
err(lambda: nn.CellList([nn.ReLU(), 3]))
err(lambda: nn.CellList(nn.ReLU()))
err(lambda: nn.CellDict({"a": 3}))
err(lambda: nn.CellDict({"a.b": nn.ReLU()}))
err(lambda: nn.CellDict({"a": nn.CellList()}))
err(lambda: nn.CellDict({1: nn.ReLU()}))
err(lambda: cl[10])
