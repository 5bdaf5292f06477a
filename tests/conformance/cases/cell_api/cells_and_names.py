from mindspore import nn


class Block(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(2, 2)
        self.act = nn.ReLU()

    def construct(self, x):
        return self.act(self.fc(x))


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.b1 = Block()
        self.b2 = Block()
        self.flat = nn.Flatten()

    def construct(self, x):
        return self.b2(self.b1(self.flat(x)))


net = Net()
for name, cell in net.cells_and_names():
    print(repr(name), type(cell).__name__)
print(list(net.name_cells().keys()))
print([type(c).__name__ for c in net.cells()])
print([name for name, _ in net.cells_and_names(name_prefix="root")])
