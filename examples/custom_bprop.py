"""Custom backward passes with ``Cell.bprop``, in MindSpore style: runs unchanged on MindSpore
2.10 and on ms_compat (``python -m ms_compat examples/custom_bprop.py``).

* a straight-through estimator: rounding in the forward pass, identity gradient backward;
* a gradient-clipping layer that is the identity forward;
* a numerically safe ``log(1 + exp(x))`` whose backward is the sigmoid;
* bprop inside a trained network and under higher-order differentiation.
"""
import numpy as np

import mindspore as ms
from mindspore import nn, ops, Parameter, Tensor


class RoundSTE(nn.Cell):
    def construct(self, x):
        return ops.round(x)

    def bprop(self, x, out, dout):
        return (dout,)


class ClipGrad(nn.Cell):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit

    def construct(self, x):
        return x

    def bprop(self, x, out, dout):
        return (ops.clamp(dout, -self.limit, self.limit),)


class SoftPlus(nn.Cell):
    def construct(self, x):
        return ops.log(1 + ops.exp(-ops.abs(x))) + ops.maximum(x, 0)

    def bprop(self, x, out, dout):
        return (dout * ops.sigmoid(x),)


x = Tensor(np.array([-1.7, -0.2, 0.4, 2.6], np.float32))
rnd = RoundSTE()
print("round forward:", rnd(x))
print("round STE grad:", ops.grad(rnd)(x))


def plain_round(v):
    return ops.round(v)


print("plain round grad:", ops.grad(plain_round)(x))

clip = ClipGrad(0.5)


def scaled(v):
    return (clip(v) * Tensor(np.array([0.1, 1.0, -3.0, 10.0], np.float32))).sum()


print("clipped grad:", ops.grad(scaled)(x))

sp = SoftPlus()
big = Tensor(np.array([-100.0, -1.0, 0.0, 1.0, 100.0], np.float32))
print("softplus:", sp(big))
print("softplus grad:", ops.grad(sp)(big))
print("softplus second derivative:", ops.grad(ops.grad(sp))(big))


class QuantDense(nn.Cell):
    """A Dense layer whose inputs are rounded with the straight-through estimator."""

    def __init__(self):
        super().__init__()
        self.quant = RoundSTE()
        self.w = Parameter(Tensor(np.array([[0.5, -0.25], [1.0, 0.75]], np.float32)), name="w")

    def construct(self, v):
        return ops.matmul(self.quant(v * 4) / 4, self.w)


model = QuantDense()
data = Tensor(np.array([[0.3, -0.6], [0.9, 0.1]], np.float32))
target = Tensor(np.array([[0.0, 1.0], [1.0, 0.0]], np.float32))


def loss(v, t):
    return ((model(v) - t) ** 2).mean()


grad_fn = ops.value_and_grad(loss, None, model.trainable_params())
for step in range(4):
    value, grads = grad_fn(data, target)
    model.w.set_data(model.w - 0.5 * grads[0])
    print("step", step, "loss", value)
print("input grad through the STE:", ops.grad(loss)(data, target))
