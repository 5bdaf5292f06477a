"""Older-style GRAPH_MODE script (``context.set_context``): Model.train with LossMonitor, eval with
an MSE metric (printed as MindSpore prints its float64), then a TrainOneStepCell with Adam and
Model.predict on the same network."""
import numpy as np
import mindspore as ms
from mindspore import context, nn, Tensor
import mindspore.dataset as ds
from mindspore.train import Model, LossMonitor, Accuracy
context.set_context(mode=context.GRAPH_MODE, device_target="CPU")
ms.set_seed(3)
np.random.seed(3)
x = np.random.randn(64, 4).astype(np.float32)
w = np.array([[1.0], [-2.0], [0.5], [3.0]], np.float32)
y = (x @ w + 0.1).astype(np.float32)
data = ds.NumpySlicesDataset({"data": x, "label": y}, shuffle=False).batch(16)
class LinearNet(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 1)
    def construct(self, x):
        return self.fc(x)
net = LinearNet()
loss = nn.MSELoss()
opt = nn.Momentum(net.trainable_params(), learning_rate=0.05, momentum=0.9)
model = Model(net, loss, opt, metrics={"mse": nn.MSE()})
model.train(3, data, callbacks=[LossMonitor(2)], dataset_sink_mode=False)
print(model.eval(data, dataset_sink_mode=False))
print(net.fc.weight.value(), net.fc.bias.value())
wl = nn.WithLossCell(net, loss)
step = nn.TrainOneStepCell(wl, nn.Adam(net.trainable_params(), 0.01))
step.set_train()
for i in range(3):
    print(step(Tensor(x[:16]), Tensor(y[:16])))
print(model.predict(Tensor(x[:2])))
