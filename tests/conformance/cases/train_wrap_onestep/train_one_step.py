# TrainOneStepCell: returns the pre-update loss, sens scales the gradients, return_grad,
# training flag, Parameter names of the wrapped cells, repr, several steps.
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor

x = Tensor(np.ones((1, 2), np.float32))
y = Tensor(np.zeros((1, 1), np.float32))


def build(lr=0.1):
    net = nn.Dense(2, 1, weight_init="ones", bias_init="zeros")
    return net, nn.WithLossCell(net, nn.MSELoss())


net, with_loss = build()
step = nn.TrainOneStepCell(with_loss, nn.SGD(net.trainable_params(), 0.1))
print("training", step.training, with_loss.training, net.training)
print("loss", step(x, y))
print(net.weight.asnumpy(), net.bias.asnumpy())
print("loss", step(x, y))
print(net.weight.asnumpy(), net.bias.asnumpy())
print([n for n, _ in step.parameters_and_names()])
print([p.name for p in step.trainable_params()])
print(step)

net, with_loss = build()
step = nn.TrainOneStepCell(with_loss, nn.SGD(net.trainable_params(), 0.1), sens=2.0)
print("sens loss", step(x, y))
print(net.weight.asnumpy(), net.bias.asnumpy())

net, with_loss = build()
step = nn.TrainOneStepCell(with_loss, nn.Momentum(net.trainable_params(), 0.05, 0.9),
                           return_grad=True)
for i in range(3):
    loss, grads = step(x, y)
    print("return_grad", loss, sorted(grads), grads["weight"], grads["bias"])
print(net.weight.asnumpy(), net.bias.asnumpy())

net, with_loss = build()
step = nn.TrainOneStepCell(with_loss, nn.Adam(net.trainable_params(), 0.1)).set_train()
print("set_train", step.training, with_loss.training, net.training)
rng = np.random.default_rng(3)
xs = Tensor(rng.standard_normal((6, 2)).astype(np.float32))
ys = Tensor(rng.standard_normal((6, 1)).astype(np.float32))
print("adam", [round(float(step(xs, ys).asnumpy()), 6) for _ in range(10)])
print(net.weight.asnumpy(), net.bias.asnumpy())

try:
    nn.TrainOneStepCell(with_loss, nn.SGD(net.trainable_params(), 0.1), sens=0)
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
