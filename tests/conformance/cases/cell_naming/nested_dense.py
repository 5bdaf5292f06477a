from mindspore import nn


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Dense(4, 3)
        self.act = nn.ReLU()
        self.fc2 = nn.Dense(3, 1)

    def construct(self, x):
        return self.fc2(self.act(self.fc1(x)))


net = Net()
print([p.name for p in net.trainable_params()])
print([n for n, _ in net.parameters_and_names()])
print([p.shape for p in net.get_parameters()])
