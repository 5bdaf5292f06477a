# A user loss built on LossBase.get_loss (weights, reductions, dtype kept), and losses inside a
# training-style value_and_grad over a network's weights.
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeightedAbs(nn.LossBase):
    def __init__(self, reduction="mean"):
        super().__init__(reduction)

    def construct(self, logits, labels):
        x = ops.abs(logits - labels)
        return self.get_loss(x, Tensor(np.array([1.0, 2.0, 3.0], np.float32)))


a = Tensor(np.array([[1.0, 2.0, 3.0], [0.5, -1.0, 2.0]], np.float32))
b = Tensor(np.zeros((2, 3), np.float32))
for red in ["mean", "sum", "none"]:
    print(red, WeightedAbs(red)(a, b))
print(WeightedAbs()(a.astype(ms.float16), b.astype(ms.float16)).dtype)
print(WeightedAbs().get_axis(a))

net = nn.Dense(3, 2, weight_init="ones", bias_init="zeros")
x = Tensor(np.array([[1.0, 2.0, 3.0], [0.5, -1.0, 0.25]], np.float32))
y = Tensor(np.array([1, 0], np.int32))
for loss in [nn.CrossEntropyLoss(), nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction="mean"),
             nn.MSELoss(), nn.NLLLoss()]:
    def fwd(inp, lab):
        out = net(inp)
        if isinstance(loss, nn.MSELoss):
            return loss(out, ops.one_hot(lab, 2, Tensor(1.0), Tensor(0.0)))
        if isinstance(loss, nn.NLLLoss):
            out = ops.log_softmax(out, 1)
        return loss(out, lab)

    value, grads = ms.value_and_grad(fwd, None, net.trainable_params())(x, y)
    print(type(loss).__name__, value, [g.asnumpy() for g in grads])
