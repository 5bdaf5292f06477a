from mindspore import nn

seq = nn.SequentialCell([nn.Dense(3, 4), nn.ReLU(), nn.Dense(4, 2)])
print([p.name for p in seq.trainable_params()])


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.seq = nn.SequentialCell([nn.Dense(3, 4), nn.ReLU(), nn.Dense(4, 2)])
        self.cl = nn.CellList([nn.Dense(2, 2)])

    def construct(self, x):
        return self.seq(x)


print([p.name for p in Net().trainable_params()])
