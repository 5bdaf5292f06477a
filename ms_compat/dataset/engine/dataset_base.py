"""``mindspore.dataset.Dataset``: the pipeline operations and the queries.

A Dataset object is an immutable description (a tree of operations). Creating an iterator
builds a *runtime* for every node -- that is when seeds are read, as in MindSpore -- and each
runtime's ``run()`` produces one pass (one epoch) of rows, a row being a list of numpy arrays in
column order. Runtimes keep state across passes, the way MindSpore's operators do across
epochs and repeats (a RandomSampler reshuffles, a shuffle buffer continues its generator).

Semantics copied from MindSpore 2.10 (each one has a recorded golden in ``tests/dataset``):
column placement after ``map``, ``batch`` errors for ragged or mixed-dtype rows, the sizes
reported by ``get_dataset_size``, ``zip`` stopping at the shortest input, ``concat`` checking
names and dtypes, ``split``'s sampler chain (random-access sources) or shuffle/skip/take (others),
and the exact shuffle orders.
"""
from __future__ import annotations

import multiprocessing

_INT32_MAX = 2147483647


def _to_list(columns):
    if columns is None:
        return None
    return [columns] if isinstance(columns, str) else list(columns)


def _check_int(value, name, low, high):
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"Argument {name} with value {value} is not of type [<class 'int'>], "
                        f"but got {type(value)}.")
    if not low <= value <= high:
        raise ValueError(f"Input {name} is not within the required interval of [{low}, {high}].")


def check_num_parallel_workers(value):
    """MindSpore's check: an int between 1 and the number of CPUs (None keeps the default)."""
    if value is None:
        return
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"Argument num_parallel_workers with value {value} is not of type "
                        f"[<class 'int'>], but got {type(value)}.")
    if value < 1 or value > multiprocessing.cpu_count():
        raise ValueError("num_parallel_workers exceeds the boundary between 1 and "
                         f"{multiprocessing.cpu_count()}!")


def _shape_text(shape):
    return "<" + ",".join(str(d) for d in shape) + ">"


class Dataset:
    """Base of every dataset: the operations, the queries and the iterators."""

    def __init__(self, children=(), num_parallel_workers=None):
        check_num_parallel_workers(num_parallel_workers)
        self.children = list(children)
        self.num_parallel_workers = num_parallel_workers

    # ---- private protocol (implemented by every node) ----------------------------------------
    def _col_names(self):
        return self.children[0]._col_names()

    def _size(self):
        return self.children[0]._size()

    def _build(self):
        raise NotImplementedError(f"{type(self).__name__}._build")

    # ---- operations ---------------------------------------------------------------------------
    def map(self, operations, input_columns=None, output_columns=None, num_parallel_workers=None,
            python_multiprocessing=False, cache=None, callbacks=None, max_rowsize=None,
            offload=None):
        """Apply ``operations`` (a transform, a callable, or a list of them) to each row."""
        if cache is not None or callbacks is not None or offload:
            raise NotImplementedError("map(cache=..., callbacks=..., offload=...) is not supported "
                                      "by ms_compat.dataset yet")
        return _ops.MapDataset(self, operations, input_columns, output_columns,
                               num_parallel_workers)

    def batch(self, batch_size, drop_remainder=False, num_parallel_workers=None, **kwargs):
        """Stack ``batch_size`` consecutive rows along a new first axis."""
        unsupported = [k for k, v in kwargs.items() if v is not None]
        if unsupported:
            raise NotImplementedError(f"batch({', '.join(unsupported)}=...) is not supported by "
                                      "ms_compat.dataset yet")
        return _ops.BatchDataset(self, batch_size, drop_remainder, num_parallel_workers)

    def shuffle(self, buffer_size):
        """MindSpore's buffer shuffle (``std::mt19937_64`` over a ``buffer_size`` buffer)."""
        return _ops.ShuffleDataset(self, buffer_size)

    def repeat(self, count=None):
        return _ops.RepeatDataset(self, count)

    def take(self, count=-1):
        return _ops.TakeDataset(self, count)

    def skip(self, count):
        return _ops.SkipDataset(self, count)

    def project(self, columns):
        return _ops.ProjectDataset(self, columns)

    def rename(self, input_columns, output_columns):
        return _ops.RenameDataset(self, input_columns, output_columns)

    def zip(self, datasets):
        if isinstance(datasets, tuple):
            datasets = (self, *datasets)
        elif isinstance(datasets, Dataset):
            datasets = (self, datasets)
        else:
            raise TypeError(f"Argument datasets with value {datasets} is not of type "
                            "[<class 'tuple'>, "
                            "<class 'mindspore.dataset.engine.datasets.Dataset'>], "
                            f"but got {type(datasets)}.")
        return _ops.ZipDataset(datasets)

    def concat(self, datasets):
        if isinstance(datasets, Dataset):
            datasets = [self, datasets]
        elif isinstance(datasets, list):
            datasets = [self] + datasets
        else:
            raise TypeError(f"Invalid datasets, expected Dataset object or list of Dataset, but "
                            f"got {datasets}!")
        return _ops.ConcatDataset(datasets)

    def __add__(self, datasets):
        return self.concat(datasets)

    def split(self, sizes, randomize=True):
        """Split into datasets of the given sizes (non-random-access pipelines: shuffle(10000)
        with a fixed order when ``randomize``, then skip/take -- as MindSpore does)."""
        sizes = self._absolute_split_sizes(sizes)
        splits, skipped = [], 0
        for size in sizes:
            d = self
            if randomize:
                d = _ops.ShuffleDataset(d, 10000, reshuffle_each_epoch=False)
            if skipped > 0:
                d = d.skip(skipped)
            splits.append(d.take(size))
            skipped += size
        return tuple(splits)

    def _absolute_split_sizes(self, sizes):
        dataset_size = self.get_dataset_size()
        if dataset_size is None or dataset_size <= 0:
            raise RuntimeError("dataset_size is unknown, unable to split.")
        if not isinstance(sizes, list):
            raise RuntimeError("sizes must be a list.")
        if all(isinstance(s, int) for s in sizes):
            if sum(sizes) != dataset_size:
                raise RuntimeError(f"Sum of split sizes {sum(sizes)} is not equal to dataset size "
                                   f"{dataset_size}.")
            return sizes
        absolute = []
        for s in sizes:
            n = int(round(s * dataset_size))
            if n == 0:
                raise RuntimeError(f"Split percentage {s} is too small.")
            absolute.append(n)
        diff = int(dataset_size - sum(absolute))
        if diff > 0:
            absolute[0] += diff
        else:
            for i, n in enumerate(absolute):
                if n + diff > 0:
                    absolute[i] += diff
                    break
        if sum(absolute) != dataset_size:
            raise RuntimeError(f"Sum of calculated split sizes {sum(absolute)} is not equal to "
                               f"dataset size {dataset_size}.")
        return absolute

    # ---- queries ------------------------------------------------------------------------------
    def get_col_names(self):
        return list(self._col_names())

    def get_dataset_size(self):
        return self._size()

    def get_batch_size(self):
        node = self
        while node is not None:
            if isinstance(node, _ops.BatchDataset):
                return node.batch_size
            node = node.children[0] if node.children else None
        return 1

    def get_repeat_count(self):
        node = self
        while node is not None:
            if isinstance(node, _ops.RepeatDataset):
                return node.count
            node = node.children[0] if node.children else None
        return 1

    def _first_row(self):
        run = self._build().run()
        try:
            return next(run)
        finally:
            run.close()

    def output_shapes(self, estimate=False):
        return [list(a.shape) for a in self._first_row()]

    def output_types(self):
        return [a.dtype for a in self._first_row()]

    def num_classes(self):
        return self.children[0].num_classes() if self.children else None

    def get_class_indexing(self):
        if self.children:
            return self.children[0].get_class_indexing()
        raise NotImplementedError(f"{type(self).__name__}.get_class_indexing")

    # ---- iterators ----------------------------------------------------------------------------
    def create_tuple_iterator(self, columns=None, num_epochs=-1, output_numpy=False, do_copy=True):
        from .iterators import TupleIterator
        return TupleIterator(self, columns, num_epochs, output_numpy)

    def create_dict_iterator(self, num_epochs=-1, output_numpy=False, do_copy=True):
        from .iterators import DictIterator
        return DictIterator(self, num_epochs, output_numpy)

    def __iter__(self):
        return iter(self.create_tuple_iterator())

    def is_shuffled(self):
        return any(c.is_shuffled() for c in self.children)


from . import datasets_ops as _ops  # noqa: E402  (the operations subclass Dataset)
