"""LeNet-5 trained with a functional ``value_and_grad`` loop, with SGD, Momentum and Adam.

Runs unchanged on MindSpore 2.10 and on ms_compat (``python -m ms_compat
examples/lenet_functional.py``). ``ms.set_seed(1)`` fixes the initial weights; every optimizer
starts from the same weights and sees the same synthetic 32x32 images (ten noisy class
templates from a local numpy generator), so both frameworks print the same 20 losses. The Adam
run compiles its train step with ``ms.jit``.
"""
import numpy as np

import mindspore as ms
import mindspore.dataset as ds
from mindspore import nn, ops

ms.set_seed(1)


class LeNet5(nn.Cell):
    def __init__(self, num_class=10, num_channel=1):
        super().__init__()
        self.conv1 = nn.Conv2d(num_channel, 6, 5, pad_mode="valid")
        self.conv2 = nn.Conv2d(6, 16, 5, pad_mode="valid")
        self.fc1 = nn.Dense(16 * 5 * 5, 120)
        self.fc2 = nn.Dense(120, 84)
        self.fc3 = nn.Dense(84, num_class)
        self.relu = nn.ReLU()
        self.max_pool2d = nn.MaxPool2d(kernel_size=2, stride=2)
        self.flatten = nn.Flatten()

    def construct(self, x):
        x = self.max_pool2d(self.relu(self.conv1(x)))
        x = self.max_pool2d(self.relu(self.conv2(x)))
        x = self.flatten(x)
        x = self.relu(self.fc1(x))
        x = self.relu(self.fc2(x))
        return self.fc3(x)


def make_images(n, seed):
    rng = np.random.default_rng(seed)
    templates = rng.choice([-1.0, 1.0], (10, 1, 32, 32)).astype(np.float32)
    labels = rng.integers(0, 10, n).astype(np.int32)
    images = templates[labels] + rng.normal(0.0, 0.5, (n, 1, 32, 32)).astype(np.float32)
    return images.astype(np.float32), labels


images, labels = make_images(320, seed=0)
dataset = ds.NumpySlicesDataset({"image": images, "label": labels}, shuffle=False).batch(16)

net = LeNet5()
initial = {p.name: p.asnumpy().copy() for p in net.trainable_params()}
print("conv1.weight[0, 0, 0]:", net.conv1.weight.asnumpy()[0, 0, 0])
loss_fn = nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction="mean")


def forward(data, label):
    logits = net(data)
    return loss_fn(logits, label), logits


def train(optimizer, compile_step=False):
    grad_fn = ms.value_and_grad(forward, None, optimizer.parameters, has_aux=True)

    def train_step(data, label):
        (loss, _), grads = grad_fn(data, label)
        optimizer(grads)
        return loss

    step = ms.jit(train_step) if compile_step else train_step
    losses = []
    for data, label in dataset.create_tuple_iterator(num_epochs=1):
        losses.append(float(step(data, label).asnumpy()))
    return losses


for name in ["SGD", "Momentum", "Adam"]:
    for p in net.trainable_params():
        p.set_data(ms.Tensor(initial[p.name]))
    if name == "SGD":
        opt = nn.SGD(net.trainable_params(), learning_rate=0.1)
    elif name == "Momentum":
        opt = nn.Momentum(net.trainable_params(), learning_rate=0.01, momentum=0.9)
    else:
        opt = nn.Adam(net.trainable_params(), learning_rate=0.001)
    losses = train(opt, compile_step=(name == "Adam"))
    print(name, len(losses), "steps")
    print(" ".join(f"{v:.6f}" for v in losses))
    logits = net(ms.Tensor(images[:8]))
    print("predicted:", ops.argmax(logits, 1), "labels:", labels[:8])
