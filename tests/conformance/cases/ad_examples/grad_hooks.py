"""Gradient hooks in MindSpore style: runs unchanged on MindSpore 2.10 and on ms_compat
(``python -m ms_compat examples/grad_hooks.py``).

* ``Tensor.register_hook`` to look at and rescale the gradient of an intermediate value;
* ``ops.HookBackward`` to inspect gradients flowing through a point of the computation;
* ``Cell.register_backward_hook`` / ``register_backward_pre_hook`` to watch and edit the
  gradients of a layer's inputs and outputs, and ``handle.remove()``.
"""
import numpy as np

import mindspore as ms
from mindspore import nn, ops, Tensor

x = Tensor(np.array([0.5, -1.0, 2.0], np.float32))


def report(grad):
    print("  gradient of the hidden value:", grad)


def halve(grad):
    return grad * 0.5


def model(v):
    hidden = ops.tanh(v) * 3
    hidden.register_hook(report)
    hidden.register_hook(halve)
    return (hidden * hidden).sum()


print("Tensor.register_hook")
print("  d model / d x:", ops.grad(model)(x))

seen = []


def record(grads):
    seen.append(grads[0].asnumpy().copy())


probe = ops.HookBackward(record)


def with_probe(v):
    return (probe(v * v) * ops.sin(v)).sum()


print("HookBackward")
print("  d / d x:", ops.grad(with_probe)(x))
print("  gradient at the probe:", np.round(seen[0], 5))


class Block(nn.Cell):
    def __init__(self):
        super().__init__()
        self.dense = nn.Dense(3, 3)
        self.dense.weight.set_data(Tensor(np.eye(3, dtype=np.float32) * 0.5))
        self.dense.bias.set_data(Tensor(np.zeros(3, np.float32)))

    def construct(self, v):
        return ops.relu(self.dense(v))


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.block = Block()

    def construct(self, v):
        return (self.block(v * 2) ** 2).sum()


net = Net()
inp = Tensor(np.array([[1.0, -2.0, 3.0]], np.float32))


def watch_outputs(cell, grad_output):
    print("  grad of Block's output:", grad_output[0])


def clip_inputs(cell, grad_input, grad_output):
    print("  grad of Block's input:", grad_input[0])
    return (ops.clamp(grad_input[0], -1.0, 1.0),)


print("Cell backward hooks")
h1 = net.block.register_backward_pre_hook(watch_outputs)
h2 = net.block.register_backward_hook(clip_inputs)
print("  d net / d inp (clipped inside):", ops.grad(net)(inp))
h1.remove()
h2.remove()
print("  without hooks:", ops.grad(net)(inp))
