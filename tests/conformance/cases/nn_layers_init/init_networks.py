# Whole networks after ms.set_seed(k): the quick-start MLP, a LeNet-5, and a mixed network
# (Embedding, BatchNorm2d, 2-layer bidirectional LSTM, RNNCell, Conv1d with bias, a float16
# Dense with XavierUniform): hashes and sums of every Parameter in construction order.
import hashlib
import numpy as np
import mindspore as ms
from mindspore import nn
from mindspore.common.initializer import Normal, XavierUniform


def show(tag, net):
    print("==", tag)
    for name, p in net.parameters_and_names():
        a = p.asnumpy()
        print("  ", name, p.shape, p.dtype, hashlib.sha256(a.tobytes()).hexdigest()[:16],
              repr(float(a.astype(np.float64).sum())))


class MLP(nn.Cell):
    def __init__(self):
        super().__init__()
        self.flatten = nn.Flatten()
        self.dense_relu_sequential = nn.SequentialCell(
            nn.Dense(28 * 28, 512), nn.ReLU(), nn.Dense(512, 512), nn.ReLU(), nn.Dense(512, 10))

    def construct(self, x):
        return self.dense_relu_sequential(self.flatten(x))


class LeNet5(nn.Cell):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 6, 5, pad_mode="valid")
        self.conv2 = nn.Conv2d(6, 16, 5, pad_mode="valid")
        self.fc1 = nn.Dense(16 * 5 * 5, 120, weight_init=Normal(0.02))
        self.fc2 = nn.Dense(120, 84, weight_init=Normal(0.02))
        self.fc3 = nn.Dense(84, 10, weight_init=Normal(0.02))
        self.relu = nn.ReLU()
        self.max_pool2d = nn.MaxPool2d(kernel_size=2, stride=2)
        self.flatten = nn.Flatten()

    def construct(self, x):
        x = self.max_pool2d(self.relu(self.conv1(x)))
        x = self.max_pool2d(self.relu(self.conv2(x)))
        x = self.flatten(x)
        return self.fc3(self.relu(self.fc2(self.relu(self.fc1(x)))))


class Mixed(nn.Cell):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(20, 6)
        self.bn = nn.BatchNorm2d(3)
        self.lstm = nn.LSTM(6, 5, num_layers=2, bidirectional=True)
        self.cell = nn.RNNCell(4, 3)
        self.conv = nn.Conv1d(3, 4, 3, has_bias=True)
        self.head = nn.Dense(10, 2, weight_init=XavierUniform(), dtype=ms.float16)

    def construct(self, x):
        return self.emb(x)


for k in [0, 3, 2024]:
    ms.set_seed(k)
    show(f"MLP seed {k}", MLP())
ms.set_seed(1)
show("LeNet5 seed 1", LeNet5())
ms.set_seed(2)
show("Mixed seed 2", Mixed())
