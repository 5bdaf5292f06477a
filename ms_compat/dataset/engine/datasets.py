"""``mindspore.dataset.engine.datasets``: the Dataset classes (MindSpore's module of that name
holds all of them; here the base class is in ``dataset_base`` and the operations in
``datasets_ops``), and the random-access source base ``MappableDataset``."""
from __future__ import annotations

import copy

from . import samplers as _samplers
from .dataset_base import (Dataset, _INT32_MAX, _check_int,  # noqa: F401
                           check_num_parallel_workers)
from .datasets_ops import (  # noqa: F401
    BatchDataset, ConcatDataset, MapDataset, ProjectDataset, RenameDataset, RepeatDataset,
    ShuffleDataset, SkipDataset, TakeDataset, ZipDataset, _kernel, stack_rows)


# ---- sources ---------------------------------------------------------------------------------
class SourceDataset(Dataset):
    """A dataset that reads data (no input dataset)."""

    def _size(self):
        raise NotImplementedError(f"{type(self).__name__}._size")


class MappableDataset(SourceDataset):
    """A random-access source read through a sampler.

    Subclasses provide ``_num_rows()``, ``_read(index) -> row`` and ``_col_names()``.
    """

    def __init__(self, num_parallel_workers=None, sampler=None, num_samples=None, shuffle=None,
                 num_shards=None, shard_id=None, cache=None):
        super().__init__((), num_parallel_workers)
        if cache is not None:
            raise NotImplementedError("cache is not supported by ms_compat.dataset yet")
        if num_samples is not None:
            _check_int(num_samples, "num_samples", 0, _INT32_MAX)
        if shuffle is not None and not isinstance(shuffle, bool):
            raise TypeError(f"Argument shuffle with value {shuffle} is not of type "
                            f"[<class 'bool'>], but got {type(shuffle)}.")
        self.sampler = _samplers.select_sampler(num_samples, sampler, shuffle, num_shards,
                                                shard_id)

    def _num_rows(self):
        raise NotImplementedError(f"{type(self).__name__}._num_rows")

    def _read(self, index):
        raise NotImplementedError(f"{type(self).__name__}._read")

    def _prepare(self):
        """Open / validate the data before a pass (errors are MindSpore's RuntimeErrors)."""

    def _size(self):
        return self.sampler._count(self._num_rows())

    def _build(self):
        self._prepare()
        return _MappableRuntime(self, self.sampler._build(self._num_rows()))

    def use_sampler(self, new_sampler):
        self.sampler = new_sampler

    def add_sampler(self, new_sampler):
        new_sampler.add_child(self.sampler)
        self.sampler = new_sampler

    def is_shuffled(self):
        return self.sampler.is_shuffled()

    def split(self, sizes, randomize=True):
        """MindSpore's split of a random-access source: each split reads the rows
        ``[start, start + size)`` of (a fixed random permutation of, when ``randomize``) the
        original order, by chaining samplers."""
        sizes = self._absolute_split_sizes(sizes)
        splits, start = [], 0
        for size in sizes:
            d = copy.copy(self)
            d.sampler = copy.deepcopy(self.sampler)
            if randomize:
                r = _samplers.RandomSampler()
                r.reshuffle_each_epoch = False
                d.add_sampler(r)
            d.add_sampler(_samplers.SequentialSampler(start, size))
            d.add_sampler(_samplers.SequentialSampler())
            splits.append(d)
            start += size
        return tuple(splits)


class _MappableRuntime:
    def __init__(self, node, sampler_runtime):
        self.node = node
        self.sampler = sampler_runtime

    def run(self):
        read = self.node._read
        for i in self.sampler.ids():
            yield read(i)
