import numpy as np
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(3, 2)
        self.fc.weight.set_data(Tensor(np.array([[0.1, 0.2, 0.3], [-0.1, 0.0, 0.1]], np.float32)))
        self.fc.bias.set_data(Tensor(np.array([0.0, 1.0], np.float32)))
        self.loss = nn.MSELoss()

    def construct(self, x, y):
        return self.loss(self.fc(x), y)


net = Net()
x = Tensor(np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], np.float32))
y = Tensor(np.array([[1.0, 0.0], [0.0, 1.0]], np.float32))
loss, grads = ops.value_and_grad(net, None, net.trainable_params())(x, y)
print(loss)
for g in grads:
    print(g)
loss, (gx, gp) = ops.value_and_grad(net, 0, net.trainable_params())(x, y)
print(gx)
print(len(gp))
