from mindspore import nn


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(2, 2)

    def construct(self, x):
        return self.fc(x)


net = Net()
print(net.training, net.fc.training)
r = net.set_train()
print(r is net, net.training, net.fc.training)
net.set_train(False)
print(net.training, net.fc.training)
net.set_train(mode=True)
print(net.training, net.fc.training)
