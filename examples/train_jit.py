"""A MindSpore-style training loop compiled with ``@ms.jit``: the step (forward, gradients and
optimizer update) runs as one compiled computation; its losses equal the eager run's.
Runs unchanged on MindSpore 2.10 and on ms_compat (``python -m ms_compat examples/train_jit.py``).
"""
import numpy as np

import mindspore as ms
from mindspore import nn, Tensor


class Regressor(nn.Cell):
    def __init__(self):
        super().__init__()
        self.body = nn.SequentialCell(nn.Dense(8, 16), nn.ReLU(), nn.Dense(16, 1))

    def construct(self, x):
        return self.body(x)


def make_data(seed=0, n=32):
    rs = np.random.RandomState(seed)
    x = rs.randn(n, 8).astype(np.float32)
    y = (x @ rs.randn(8, 1) * 0.5 + 0.1).astype(np.float32)
    return Tensor(x), Tensor(y)


def train(jit, steps=20):
    ms.set_seed(1)  # MindSpore's initial weights, bit for bit
    net = Regressor()
    loss_fn = nn.MSELoss()
    optimizer = nn.Momentum(net.trainable_params(), learning_rate=0.05, momentum=0.9)

    def forward_fn(x, y):
        return loss_fn(net(x), y)

    grad_fn = ms.value_and_grad(forward_fn, None, optimizer.parameters)

    def train_step(x, y):
        loss, grads = grad_fn(x, y)
        optimizer(grads)
        return loss

    if jit:
        train_step = ms.jit(train_step)
    x, y = make_data()
    return [float(train_step(x, y).asnumpy()) for _ in range(steps)], net


eager_losses, _ = train(jit=False)
jit_losses, net = train(jit=True)
for i in range(0, 20, 4):
    print(f"step {i:2d}  eager {eager_losses[i]:.6f}  jit {jit_losses[i]:.6f}")
print("max |eager - jit|:", f"{max(abs(a - b) for a, b in zip(eager_losses, jit_losses)):.1e}")
print("final weight sum:", f"{float(net.body[0].weight.asnumpy().sum()):.5f}")
