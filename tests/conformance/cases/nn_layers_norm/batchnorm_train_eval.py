# BatchNorm1d/2d: training output (batch statistics), moving-stat updates (momentum = fraction
# kept, unbiased variance), eval output (moving statistics), use_batch_statistics, gradients.
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor

rng = np.random.default_rng(6)


def grads(net, x):
    out = net(x)
    sens = Tensor(rng.uniform(-1, 1, out.shape).astype(np.float32))

    def f(inp):
        return (net(inp) * sens).sum()

    loss, (gx, gw) = ms.value_and_grad(f, 0, net.trainable_params())(x)
    print("loss", loss)
    print("gx", gx.asnumpy())
    for p, g in zip(net.trainable_params(), gw):
        print("g", p.name, g.asnumpy())


def stats(bn):
    print("moving", bn.moving_mean.asnumpy(), bn.moving_variance.asnumpy())


bn = nn.BatchNorm1d(3, momentum=0.8)
bn.gamma.set_data(Tensor(np.array([1.0, 2.0, 0.5], np.float32)))
bn.beta.set_data(Tensor(np.array([0.0, -1.0, 0.3], np.float32)))
x2 = Tensor(rng.uniform(-2, 2, (4, 3)).astype(np.float32))
print("eval (initial stats)", bn(x2).asnumpy())
stats(bn)
bn.set_train()
print("train", bn(x2).asnumpy())
stats(bn)
print("train again", bn(x2 * 2).asnumpy())
stats(bn)
bn.set_train(False)
print("eval", bn(x2).asnumpy())
stats(bn)
print("== grads train")
bn.set_train()
grads(bn, x2)
stats(bn)
print("== grads eval")
bn.set_train(False)
grads(bn, x2)
stats(bn)
print("== BatchNorm1d 3-D input")
bn3 = nn.BatchNorm1d(2)
bn3.set_train()
x3 = Tensor(rng.uniform(-1, 1, (3, 2, 4)).astype(np.float32))
print(bn3(x3).asnumpy())
stats(bn3)
print("== BatchNorm2d")
bn4 = nn.BatchNorm2d(2, eps=1e-3, momentum=0.5)
bn4.set_train()
x4 = Tensor(rng.uniform(-1, 1, (2, 2, 3, 3)).astype(np.float32))
print(bn4(x4).asnumpy())
stats(bn4)
grads(bn4, x4)
stats(bn4)
bn4.set_train(False)
print(bn4(x4).asnumpy())
print("== use_batch_statistics")
ub = nn.BatchNorm2d(2, use_batch_statistics=True)
print(ub(x4).asnumpy()[0, 0])
stats(ub)
uf = nn.BatchNorm2d(2, use_batch_statistics=False)
uf.set_train()
print(uf(x4).asnumpy()[0, 0])
stats(uf)
print("== affine=False")
na = nn.BatchNorm2d(2, affine=False)
print([(p.name, p.requires_grad) for p in na.get_parameters()], len(na.trainable_params()))
