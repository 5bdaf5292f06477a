"""``MnistDataset``, ``Cifar10Dataset`` and ``ImageFolderDataset`` over standard local files.

Formats and behaviour copied from MindSpore 2.10 (no download, ever):

* MNIST: ``train-images-idx3-ubyte`` / ``train-labels-idx1-ubyte`` and the ``t10k-`` pair
  (big-endian idx headers, magic 2051 / 2049). ``usage`` 'train', 'test' or 'all' (the default;
  test rows come first, as MindSpore reads the files sorted by name). Columns ``image`` uint8
  (28, 28, 1) and ``label`` uint32 scalar.
* CIFAR-10 binary: the ``.bin`` files of the directory, sorted; 'train' reads names containing
  ``data_batch``, 'test' ``test_batch``, 'all' both. MindSpore reads exactly 10,000 records of
  1 label byte + 3,072 image bytes (R, G, B planes) from each file, and a shorter file is an
  error. Columns ``image`` uint8 (32, 32, 3) and ``label`` uint32.
* ImageFolder: one sub-folder per class (sorted names give the labels unless
  ``class_indexing`` maps them), files sorted by name, filtered by exact ``extensions``.
  Columns ``image`` (the file's bytes, uint8 1-D, or decoded RGB with ``decode=True``) and
  ``label`` int32.

Reading is lazy and happens when a pipeline is built; malformed files raise MindSpore's
RuntimeError then, with its message.
"""
import os
import struct
import threading

import numpy as np

from .._engine import errors
from .datasets import MappableDataset

_MNIST_PREFIX = {"train": ["train"], "test": ["t10k"], "all": ["t10k", "train"]}
_CIFAR_RECORDS = 10000
_CIFAR_RECORD_BYTES = 1 + 32 * 32 * 3


def _check_dir(path):
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"Argument dataset_dir with value {path} is not of type [<class 'str'>], "
                        f"but got {type(path)}.")
    if not os.path.isdir(path) or not os.access(path, os.R_OK):
        raise ValueError(f"The folder {path} does not exist or is not a directory or permission "
                         "denied!")
    return os.fspath(path)


def _check_usage(usage):
    usage = "all" if usage is None else usage
    if usage not in ("train", "test", "all"):
        raise ValueError("Input usage is not within the valid set of ['train', 'test', 'all'].")
    return usage


class _Cached:
    """Parse files once per dataset object, on first use, from any thread."""

    def __init__(self, load):
        self._load = load
        self._value = None
        self._lock = threading.Lock()

    def get(self):
        with self._lock:
            if self._value is None:
                self._value = self._load()
            return self._value


class MnistDataset(MappableDataset):
    """MNIST from idx files."""

    def __init__(self, dataset_dir, usage=None, num_samples=None, num_parallel_workers=None,
                 shuffle=None, sampler=None, num_shards=None, shard_id=None, cache=None):
        self.dataset_dir = _check_dir(dataset_dir)
        self.usage = _check_usage(usage)
        super().__init__(num_parallel_workers, sampler, num_samples, shuffle, num_shards,
                         shard_id, cache)
        self._data = _Cached(self._load)

    def _col_names(self):
        return ["image", "label"]

    def _load(self):
        images, labels = [], []
        for prefix in _MNIST_PREFIX[self.usage]:
            img = os.path.join(self.dataset_dir, prefix + "-images-idx3-ubyte")
            lbl = os.path.join(self.dataset_dir, prefix + "-labels-idx1-ubyte")
            if not (os.path.isfile(img) and os.path.isfile(lbl)):
                continue
            images.append(self._read_images(img))
            labels.append(self._read_labels(lbl))
            if len(images[-1]) != len(labels[-1]):
                raise errors.pipeline_error(
                    f"Invalid mnist file, the number of images in {img} is {len(images[-1])}, but "
                    f"the number of labels in {lbl} is {len(labels[-1])}.")
        if not images:
            raise errors.pipeline_error(
                "Invalid data, MnistDataset API can't read the data file (interface mismatch or no "
                f"data found). Check mnist file in directory: {self.dataset_dir}")
        return np.concatenate(images), np.concatenate(labels).astype(np.uint32)

    @staticmethod
    def _read_images(path):
        size = os.path.getsize(path)
        with open(path, "rb") as f:
            head = f.read(16)
        if len(head) < 16:
            raise errors.pipeline_error(f"Invalid mnist file, failed to read the header of {path}.")
        magic, n, rows, cols = struct.unpack(">IIII", head)
        if magic != 2051:
            raise errors.pipeline_error(f"Invalid mnist file, the number of images in {path} "
                                        f"should be 2051, but got {magic}.")
        if size - 16 != n * rows * cols:
            raise errors.pipeline_error(f"Invalid mnist file, truncated data length of {path} "
                                        f"should be {size - 16}, but got {n * rows * cols}")
        data = np.fromfile(path, dtype=np.uint8, offset=16)
        return data.reshape(n, rows, cols, 1)

    @staticmethod
    def _read_labels(path):
        size = os.path.getsize(path)
        with open(path, "rb") as f:
            head = f.read(8)
        if len(head) < 8:
            raise errors.pipeline_error(f"Invalid mnist file, failed to read the header of {path}.")
        magic, n = struct.unpack(">II", head)
        if magic != 2049:
            raise errors.pipeline_error(f"Invalid mnist file, the number of labels in {path} "
                                        f"should be 2049, but got {magic}.")
        if size - 8 != n:
            raise errors.pipeline_error(f"Invalid mnist file, truncated data length of {path} "
                                        f"should be {size - 8}, but got {n}")
        return np.fromfile(path, dtype=np.uint8, offset=8)

    def _prepare(self):
        self._data.get()

    def _num_rows(self):
        return len(self._data.get()[1])

    def _read(self, index):
        images, labels = self._data.get()
        return [images[index].copy(), np.array(labels[index])]

    def num_classes(self):
        return None


class Cifar10Dataset(MappableDataset):
    """CIFAR-10 from its binary batches."""

    def __init__(self, dataset_dir, usage=None, num_samples=None, num_parallel_workers=None,
                 shuffle=None, sampler=None, num_shards=None, shard_id=None, cache=None):
        self.dataset_dir = _check_dir(dataset_dir)
        self.usage = _check_usage(usage)
        super().__init__(num_parallel_workers, sampler, num_samples, shuffle, num_shards,
                         shard_id, cache)
        self._data = _Cached(self._load)

    def _col_names(self):
        return ["image", "label"]

    def _files(self):
        key = {"train": "data_batch", "test": "test_batch", "all": "batch"}[self.usage]
        names = sorted(n for n in os.listdir(self.dataset_dir)
                       if n.endswith(".bin") and key in n
                       and os.path.isfile(os.path.join(self.dataset_dir, n)))
        return [os.path.join(self.dataset_dir, n) for n in names]

    def _load(self):
        blocks = []
        for path in self._files():
            if os.path.getsize(path) < _CIFAR_RECORDS * _CIFAR_RECORD_BYTES:
                raise errors.pipeline_error(
                    f"Invalid cifar10 file, failed to read data from: {path}, re-download "
                    "dataset(make sure it is CIFAR-10 binary version).")
            blocks.append(np.memmap(path, dtype=np.uint8, mode="r",
                                    shape=(_CIFAR_RECORDS, _CIFAR_RECORD_BYTES)))
        if not blocks:
            raise errors.pipeline_error(f"Invalid file, no .bin files found under "
                                        f"{self.dataset_dir}.")
        return blocks

    def _prepare(self):
        self._data.get()

    def _num_rows(self):
        return _CIFAR_RECORDS * len(self._files())

    def _read(self, index):
        block, pos = divmod(index, _CIFAR_RECORDS)
        record = self._data.get()[block][pos]
        image = np.ascontiguousarray(record[1:].reshape(3, 32, 32).transpose(1, 2, 0))
        return [image, np.array(record[0], dtype=np.uint32)]

    def num_classes(self):
        return None


class ImageFolderDataset(MappableDataset):
    """Images in one sub-folder per class."""

    def __init__(self, dataset_dir, num_samples=None, num_parallel_workers=None, shuffle=None,
                 sampler=None, extensions=None, class_indexing=None, decode=False,
                 num_shards=None, shard_id=None, cache=None, decrypt=None):
        if decrypt is not None:
            raise NotImplementedError("ImageFolderDataset(decrypt=...) is not supported by "
                                      "ms_compat.dataset yet")
        self.dataset_dir = _check_dir(dataset_dir)
        if extensions is not None and not isinstance(extensions, (list, tuple)):
            raise TypeError(f"Argument extensions with value {extensions} is not of type "
                            f"[<class 'list'>], but got {type(extensions)}.")
        if class_indexing is not None and not isinstance(class_indexing, dict):
            raise TypeError(f"Argument class_indexing with value {class_indexing} is not of type "
                            f"[<class 'dict'>], but got {type(class_indexing)}.")
        if not isinstance(decode, bool):
            raise TypeError(f"Argument decode with value {decode} is not of type "
                            f"[<class 'bool'>], but got {type(decode)}.")
        self.extensions = None if extensions is None else list(extensions)
        self.class_indexing = None if class_indexing is None else dict(class_indexing)
        self.decode = decode
        super().__init__(num_parallel_workers, sampler, num_samples, shuffle, num_shards,
                         shard_id, cache)
        self._files = _Cached(self._scan)

    def _col_names(self):
        return ["image", "label"]

    def _classes(self):
        folders = sorted(n for n in os.listdir(self.dataset_dir)
                         if os.path.isdir(os.path.join(self.dataset_dir, n)))
        if self.class_indexing is not None:
            return [f for f in folders if f in self.class_indexing], dict(self.class_indexing)
        return folders, {f: i for i, f in enumerate(folders)}

    def _scan(self):
        folders, index = self._classes()
        files = []
        for folder in folders:
            path = os.path.join(self.dataset_dir, folder)
            for name in sorted(os.listdir(path)):
                full = os.path.join(path, name)
                if not os.path.isfile(full):
                    continue
                if self.extensions is not None and os.path.splitext(name)[1] not in self.extensions:
                    continue
                files.append((full, index[folder]))
        return files

    def _num_rows(self):
        return len(self._files.get())

    def _read(self, index):
        path, label = self._files.get()[index]
        data = np.fromfile(path, dtype=np.uint8)
        if self.decode:
            from ..vision.transforms import Decode
            data = Decode()._kernel_call(data)
        return [data, np.array(label, dtype=np.int32)]

    def num_classes(self):
        return len(self._classes()[0])

    def get_class_indexing(self):
        return self._classes()[1]
