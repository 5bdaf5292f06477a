from mindspore import nn


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Dense(4, 3)
        self.act = nn.ReLU()
        self.fc2 = nn.Dense(3, 1, has_bias=False)

    def construct(self, x):
        return self.fc2(self.act(self.fc1(x)))


print(nn.Dense(4, 3))
print(nn.Dense(4, 3, activation="relu"))
print(nn.ReLU())
print(nn.Flatten())
print(nn.MSELoss())
print(Net())
print(repr(nn.Dense(2, 2, has_bias=False)))
