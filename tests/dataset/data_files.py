"""Tiny local data files in the standard MNIST / CIFAR-10 / image-folder layouts.

Shared by the tests (ms_compat) and by ``tools/record_dataset_goldens.py`` (real MindSpore) so
both read byte-identical files. Contents are a deterministic function of the arguments (a
``numpy.random.default_rng`` stream with a fixed seed), never of the global RNG.
"""

import os
import struct
import zlib

import numpy as np

MNIST_FILES = {
    "train": ("train-images-idx3-ubyte", "train-labels-idx1-ubyte"),
    "test": ("t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"),
}


def _write(path, data):
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def mnist_arrays(n, seed, rows=28, cols=28):
    rng = np.random.default_rng(seed)
    images = rng.integers(0, 256, size=(n, rows, cols), dtype=np.uint8)
    labels = (np.arange(n) * 7 + seed) % 10
    return images, labels.astype(np.uint8)


def write_mnist(directory, n_train=12, n_test=5, rows=28, cols=28):
    """Write idx3/idx1 files (big-endian headers, magic 2051 / 2049) for both splits."""
    os.makedirs(directory, exist_ok=True)
    for usage, n, seed in (("train", n_train, 1), ("test", n_test, 2)):
        if n is None:
            continue
        images, labels = mnist_arrays(n, seed, rows, cols)
        img_name, lbl_name = MNIST_FILES[usage]
        _write(os.path.join(directory, img_name),
               struct.pack(">IIII", 2051, n, rows, cols) + images.tobytes())
        _write(os.path.join(directory, lbl_name), struct.pack(">II", 2049, n) + labels.tobytes())
    return directory


CIFAR10_RECORDS = 10000  # MindSpore reads exactly 10,000 records from every CIFAR-10 batch file


def cifar10_arrays(n, seed):
    """(images as N x 3 x 32 x 32 planes, labels) for one batch file."""
    rng = np.random.default_rng(100 + seed)
    images_chw = rng.integers(0, 256, size=(n, 3, 32, 32), dtype=np.uint8)
    labels = ((np.arange(n) * 3 + seed) % 10).astype(np.uint8)
    return images_chw, labels


def write_cifar10(directory, train_batches=2, test=True):
    """Write CIFAR-10 binary batches (``data_batch_<i>.bin``, ``test_batch.bin``).

    Each record is 1 label byte then 3072 image bytes (the R, G, B 32x32 planes).
    """
    os.makedirs(directory, exist_ok=True)
    batches = [("data_batch_%d.bin" % (i + 1), i + 1) for i in range(train_batches)]
    if test:
        batches.append(("test_batch.bin", 50))
    for name, seed in batches:
        images, labels = cifar10_arrays(CIFAR10_RECORDS, seed)
        records = np.concatenate([labels[:, None], images.reshape(CIFAR10_RECORDS, -1)], axis=1)
        _write(os.path.join(directory, name), records.tobytes())
    return directory


def _png_bytes(rgb):
    """A minimal RGB8 PNG encoder: no filter and stored (level 0) deflate blocks, so the bytes
    do not depend on the zlib version and no image library is needed."""
    h, w, _ = rgb.shape
    raw = b"".join(b"\x00" + rgb[r].tobytes() for r in range(h))

    def chunk(tag, body):
        return (struct.pack(">I", len(body)) + tag + body
                + struct.pack(">I", zlib.crc32(tag + body) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 0)) + chunk(b"IEND", b""))


def image_folder_arrays(class_index, i, size=(10, 12)):
    rng = np.random.default_rng(1000 + 17 * class_index + i)
    return rng.integers(0, 256, size=(size[0], size[1], 3), dtype=np.uint8)


def write_image_folder(directory, classes=("cat", "dog", "ant"), per_class=2, size=(10, 12)):
    """One sub-folder per class holding small PNG files ``img_<i>.png``."""
    for c, name in enumerate(classes):
        sub = os.path.join(directory, name)
        os.makedirs(sub, exist_ok=True)
        for i in range(per_class):
            _write(os.path.join(sub, "img_%d.png" % i),
                   _png_bytes(image_folder_arrays(c, i, size)))
    return directory


def write_all(root):
    """Create every data directory the cases use under ``root``; return their paths by role."""
    dirs = {"mnist": write_mnist(os.path.join(root, "mnist")),
            "cifar": write_cifar10(os.path.join(root, "cifar")),
            "folder": write_image_folder(os.path.join(root, "folder"))}
    # Broken copies for the bad-input cases.
    trunc = write_mnist(os.path.join(root, "mnist_truncated"), n_test=None)
    path = os.path.join(trunc, MNIST_FILES["train"][0])
    with open(path, "rb") as f:
        data = f.read()
    _write(path, data[:-100])
    magic = write_mnist(os.path.join(root, "mnist_bad_magic"), n_test=None)
    path = os.path.join(magic, MNIST_FILES["train"][1])
    with open(path, "rb") as f:
        data = f.read()
    _write(path, struct.pack(">I", 2051) + data[4:])
    short = os.path.join(root, "cifar_short")
    os.makedirs(short, exist_ok=True)
    images, labels = cifar10_arrays(5, 1)
    records = np.concatenate([labels[:, None], images.reshape(5, -1)], axis=1)
    _write(os.path.join(short, "data_batch_1.bin"), records.tobytes())
    return dirs


def write_jpeg(path):
    """A small JPEG made with Pillow (used by the recorder once; the file is committed)."""
    from PIL import Image
    rgb = image_folder_arrays(7, 0, size=(9, 13))
    Image.fromarray(rgb).save(path + ".tmp", format="JPEG", quality=85)
    os.replace(path + ".tmp", path)
