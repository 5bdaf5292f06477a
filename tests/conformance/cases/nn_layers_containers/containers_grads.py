# SequentialCell, CellList and CellDict networks (with Flatten and Dropout in eval mode): forward
# and gradients with respect to the input and to every weight, eagerly and under ms.jit, and one
# TrainOneStepCell step.
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

rng = np.random.default_rng(31)


def dense(i, o, act=None):
    return nn.Dense(i, o, weight_init=Tensor(rng.uniform(-0.7, 0.7, (o, i)).astype(np.float32)),
                    bias_init=Tensor(rng.uniform(-0.2, 0.2, (o,)).astype(np.float32)),
                    activation=act)


class Blocks(nn.Cell):
    def __init__(self):
        super().__init__()
        self.stem = nn.SequentialCell(nn.Flatten(), dense(6, 5, "tanh"), nn.Dropout(p=0.5))
        self.blocks = nn.CellList([dense(5, 5), nn.GELU(), dense(5, 5, "sigmoid")])
        self.heads = nn.CellDict({"cls": dense(5, 3), "reg": dense(5, 1)})

    def construct(self, x):
        x = self.stem(x)
        for b in self.blocks:
            x = b(x)
        return ops.log_softmax(self.heads["cls"](x), -1), self.heads["reg"](x)


net = Blocks()
net.set_train(False)
x = Tensor(rng.standard_normal((4, 2, 3)).astype(np.float32))
y = Tensor(rng.standard_normal((4, 1)).astype(np.float32))
logp, reg = net(x)
print(logp.shape, reg.shape)
print(logp.asnumpy())
print(reg.asnumpy())


def loss_fn(a, b):
    logp, reg = net(a)
    return -logp[:, 0].mean() + ((reg - b) ** 2).mean()


weights = net.trainable_params()
print([p.name for p in weights])
grad_fn = ms.value_and_grad(loss_fn, 0, weights)
for label, fn in [("eager", grad_fn), ("jit", ms.jit(grad_fn))]:
    loss, (gx, gw) = fn(x, y)
    print(label, "loss", loss.asnumpy())
    print(label, "dx", gx.asnumpy().ravel())
    for p, g in zip(weights, gw):
        print(label, p.name, g.shape, g.asnumpy().ravel())


class WithLoss(nn.Cell):
    def __init__(self, backbone):
        super().__init__()
        self.backbone = backbone

    def construct(self, a, b):
        return loss_fn(a, b)


step = nn.TrainOneStepCell(WithLoss(net), nn.SGD(weights, 0.1))
print("step", step(x, y).asnumpy(), step(x, y).asnumpy())
print(net.heads["reg"].weight.asnumpy(), net.blocks[0].bias.asnumpy())
