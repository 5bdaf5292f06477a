"""Quick start: a small MLP classifier trained with ``Model.train`` on a synthetic dataset.

Runs unchanged on MindSpore 2.10 and on ms_compat (``python -m ms_compat
examples/quickstart_mlp.py``). ``ms.set_seed(1)`` fixes the initial weights (MindSpore's
initialisers draw from it), the data come from a local numpy generator, so both print the same
losses, accuracy and predictions.
"""
import numpy as np

import mindspore as ms
import mindspore.dataset as ds
from mindspore import nn
from mindspore.train import Accuracy, LossMonitor, Model

ms.set_seed(1)


def make_blobs(n, seed):
    """Three Gaussian blobs in the plane, labels 0, 1, 2."""
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
test_x, test_y = make_blobs(96, seed=1)
train_set = ds.NumpySlicesDataset({"x": train_x, "y": train_y}, shuffle=False).batch(32)
test_set = ds.NumpySlicesDataset({"x": test_x, "y": test_y}, shuffle=False).batch(32)

net = MLP()
print("first weights:", net.layers[0].weight.asnumpy().ravel()[:4])
loss_fn = nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction="mean")
optimizer = nn.Momentum(net.trainable_params(), learning_rate=0.02, momentum=0.9)
model = Model(net, loss_fn, optimizer, metrics={"accuracy": Accuracy()})

print("before training:", model.eval(test_set))
model.train(2, train_set, callbacks=[LossMonitor(per_print_times=5)])
print("after training:", model.eval(test_set))
logits = model.predict(ms.Tensor(test_x[:6]))
print("predicted:", logits.argmax(axis=1), "labels:", test_y[:6])
