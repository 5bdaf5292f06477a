# BatchNorm moving statistics inside ms.jit and inside a jitted training step.
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor

rng = np.random.default_rng(7)


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.dense = nn.Dense(3, 2, weight_init="ones", bias_init="zeros")
        self.bn = nn.BatchNorm1d(2)

    def construct(self, x):
        return self.bn(self.dense(x))


net = Net()
net.set_train()
print([n for n, _ in net.parameters_and_names()])
x = Tensor(rng.uniform(-1, 1, (5, 3)).astype(np.float32))


@ms.jit
def step(inp):
    return net(inp)


for i in range(3):
    out = step(x * (i + 1))
    print(i, out.asnumpy()[0], net.bn.moving_mean.asnumpy(), net.bn.moving_variance.asnumpy())


def loss_fn(inp):
    return (net(inp) ** 2).sum()


grad_fn = ms.value_and_grad(loss_fn, None, net.trainable_params())
for i in range(2):
    loss, g = grad_fn(x)
    print("grad step", i, loss, [a.asnumpy() for a in g])
    print(net.bn.moving_mean.asnumpy(), net.bn.moving_variance.asnumpy())
# MindSpore keeps running the stale training-mode graph of ``step`` after set_train(False)
# (ms_compat retraces); only the eager eval call is compared.
net.set_train(False)
print(net(x).asnumpy())
