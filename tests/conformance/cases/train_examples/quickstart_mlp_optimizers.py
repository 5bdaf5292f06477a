"""The quick-start MLP (examples/quickstart_mlp.py's network and data) after ``ms.set_seed(1)``:
a digest of every initial weight's bytes, then 20 steps of ``Model.train`` (LossMonitor on every
step) with each of SGD, Momentum and Adam, and the sums of the final weights' magnitudes."""
import hashlib

import numpy as np

import mindspore as ms
import mindspore.dataset as ds
from mindspore import nn
from mindspore.train import LossMonitor, Model


def make_blobs(n, seed):
    rng = np.random.default_rng(seed)
    centers = np.array([[0.0, 2.0], [2.0, -1.0], [-2.0, -1.0]], np.float32)
    labels = rng.integers(0, 3, n).astype(np.int32)
    points = centers[labels] + rng.normal(0.0, 1.2, (n, 2)).astype(np.float32)
    return points.astype(np.float32), labels


class MLP(nn.Cell):
    def __init__(self):
        super().__init__()
        self.layers = nn.SequentialCell(
            nn.Dense(2, 32), nn.ReLU(),
            nn.Dense(32, 32), nn.ReLU(),
            nn.Dense(32, 3))

    def construct(self, x):
        return self.layers(x)


train_x, train_y = make_blobs(480, seed=0)
OPTIMIZERS = {
    "SGD": lambda ps: nn.SGD(ps, learning_rate=0.1),
    "Momentum": lambda ps: nn.Momentum(ps, learning_rate=0.02, momentum=0.9),
    "Adam": lambda ps: nn.Adam(ps, learning_rate=0.01),
}
for name, make in OPTIMIZERS.items():
    ms.set_seed(1)
    net = MLP()
    digest = hashlib.sha256()
    for p in net.trainable_params():
        digest.update(p.asnumpy().tobytes())
    print(name, "initial weights sha256", digest.hexdigest()[:32])
    model = Model(net, nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction="mean"),
                  make(net.trainable_params()))
    data = ds.NumpySlicesDataset({"x": train_x, "y": train_y}, shuffle=False).batch(24)
    model.train(1, data, callbacks=[LossMonitor()])
    for p in net.trainable_params():
        print(name, p.name, f"{float(np.abs(p.asnumpy().astype(np.float64)).sum()):.6e}")
