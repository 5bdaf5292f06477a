"""Quick start on MNIST files: read them with ``MnistDataset``, train the quick-start MLP with
``Model.train``, save a checkpoint, reload it into a fresh network and evaluate that.

    python examples/quickstart_mnist.py [MNIST_DIR]                  # real MindSpore
    python -m ms_compat examples/quickstart_mnist.py [MNIST_DIR]     # ms_compat, same file

``MNIST_DIR`` holds the four standard (uncompressed) files, ``train-images-idx3-ubyte``,
``train-labels-idx1-ubyte``, ``t10k-images-idx3-ubyte`` and ``t10k-labels-idx1-ubyte``. Without
it, a small synthetic MNIST-format folder (one noisy template per digit, so the classes are
learnable) is written to a temporary directory and used instead. Nothing is downloaded.

``ms.set_seed(1)`` fixes the initial weights and ``ds.config.set_seed(1)`` the shuffle order, so
MindSpore and ms_compat print the same losses, accuracies and predictions.
"""
import os
import struct
import sys
import tempfile

import numpy as np

import mindspore as ms
import mindspore.dataset as ds
import mindspore.dataset.transforms as transforms
import mindspore.dataset.vision as vision
from mindspore import nn
from mindspore.train import Accuracy, LossMonitor, Model

ms.set_seed(1)
ds.config.set_seed(1)

BATCH = 32
FILES = {"train": ("train-images-idx3-ubyte", "train-labels-idx1-ubyte"),
         "test": ("t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte")}


def write_atomically(path, data):
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def write_synthetic_mnist(directory, n_train=320, n_test=64, seed=0):
    """MNIST-format files: big-endian idx headers (magic 2051 images, 2049 labels), uint8 data.
    Each digit is a fixed random 28x28 template plus per-image noise."""
    os.makedirs(directory, exist_ok=True)
    rng = np.random.default_rng(seed)
    templates = rng.integers(0, 256, (10, 28, 28))
    for usage, n in (("train", n_train), ("test", n_test)):
        labels = rng.integers(0, 10, n).astype(np.uint8)
        noise = rng.integers(-250, 251, (n, 28, 28))
        images = np.clip(templates[labels] + noise, 0, 255).astype(np.uint8)
        image_file, label_file = FILES[usage]
        write_atomically(os.path.join(directory, image_file),
                         struct.pack(">IIII", 2051, n, 28, 28) + images.tobytes())
        write_atomically(os.path.join(directory, label_file),
                         struct.pack(">II", 2049, n) + labels.tobytes())
    return directory


def datapipe(path, usage, shuffle):
    image_ops = [vision.Rescale(1.0 / 255.0, 0),
                 vision.Normalize(mean=(0.1307,), std=(0.3081,)),
                 vision.HWC2CHW()]
    dataset = ds.MnistDataset(path, usage=usage, shuffle=shuffle)
    dataset = dataset.map(image_ops, input_columns="image")
    dataset = dataset.map(transforms.TypeCast(ms.int32), input_columns="label")
    return dataset.batch(BATCH)


class Network(nn.Cell):
    def __init__(self):
        super().__init__()
        self.flatten = nn.Flatten()
        self.dense_relu_sequential = nn.SequentialCell(
            nn.Dense(28 * 28, 512), nn.ReLU(),
            nn.Dense(512, 512), nn.ReLU(),
            nn.Dense(512, 10))

    def construct(self, x):
        return self.dense_relu_sequential(self.flatten(x))


def main(mnist_dir, work_dir):
    train_set = datapipe(mnist_dir, "train", shuffle=True)
    test_set = datapipe(mnist_dir, "test", shuffle=False)
    print("columns:", train_set.get_col_names(), "train batches:", train_set.get_dataset_size(),
          "test batches:", test_set.get_dataset_size())
    image, label = next(test_set.create_tuple_iterator())
    print("first batch:", image.shape, image.dtype, label.shape, label.dtype)

    net = Network()
    loss_fn = nn.CrossEntropyLoss()
    optimizer = nn.SGD(net.trainable_params(), learning_rate=1e-2)
    model = Model(net, loss_fn, optimizer, metrics={"accuracy": Accuracy()})
    print("before training:", model.eval(test_set))
    model.train(3, train_set, callbacks=[LossMonitor(per_print_times=5)])
    print("after training:", model.eval(test_set))

    ckpt = os.path.join(work_dir, "mlp.ckpt")
    ms.save_checkpoint(net, ckpt)
    print("checkpoint bytes:", os.path.getsize(ckpt))

    restored = Network()
    param_dict = ms.load_checkpoint(ckpt)
    print("checkpoint entries:", list(param_dict))
    param_not_load, ckpt_not_load = ms.load_param_into_net(restored, param_dict)
    print("param_not_load:", param_not_load, "ckpt_not_load:", ckpt_not_load)
    same = all(np.array_equal(a.asnumpy(), b.asnumpy())
               for a, b in zip(net.trainable_params(), restored.trainable_params()))
    print("restored weights identical:", same)
    restored_model = Model(restored, loss_fn, metrics={"accuracy": Accuracy()})
    print("restored model:", restored_model.eval(test_set))
    logits = restored_model.predict(image[:8])
    print("predicted:", logits.argmax(axis=1), "labels:", label[:8])


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        if len(sys.argv) > 1:
            data_dir = sys.argv[1]
        else:
            data_dir = write_synthetic_mnist(os.path.join(tmp, "mnist"))
        main(data_dir, tmp)
