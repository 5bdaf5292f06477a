"""``GeneratorDataset`` and ``NumpySlicesDataset``: data from Python.

MindSpore 2.10's rules, copied:

* ``source`` with ``__getitem__`` (and ``__len__``) is random-access: it is read through a
  sampler, so ``shuffle`` defaults to True and follows MindSpore's seeded order; a source with
  only ``__iter__`` is iterated, and a callable is called to get a fresh generator each epoch
  (``shuffle`` does not apply to these two).
* each yielded value is converted as in ``_engine/rows.py``; a row with the wrong number of
  columns, a non-numeric value, or an exception inside the source is reported as MindSpore's
  RuntimeError ("Exception thrown from user defined Python function in dataset.") with the
  user's traceback, after the rows produced before it.
* ``get_dataset_size`` of a non-random-access source runs the source once to count it.
* ``NumpySlicesDataset`` slices lists / tuples / dicts / arrays along their first axis; columns
  are ``column_0 ...`` or the dict's keys in order; ``shuffle`` defaults to True.
"""
import numpy as np

from .._engine import errors
from .._engine.rows import source_row
from .datasets import MappableDataset, _check_int, _INT32_MAX


def _has_random_access(source):
    return hasattr(source, "__getitem__")


class GeneratorDataset(MappableDataset):
    """A dataset whose rows come from a Python generator, iterable or random-access object."""

    def __init__(self, source, column_names=None, column_types=None, schema=None,
                 num_samples=None, num_parallel_workers=1, shuffle=None, sampler=None,
                 num_shards=None, shard_id=None, python_multiprocessing=True, max_rowsize=None,
                 **kwargs):
        if column_types is not None or schema is not None:
            raise NotImplementedError("GeneratorDataset(column_types=..., schema=...) is not "
                                      "supported by ms_compat.dataset yet")
        unsupported = [k for k, v in kwargs.items() if v is not None]
        if unsupported:
            raise NotImplementedError(f"GeneratorDataset({', '.join(unsupported)}=...) is not "
                                      "supported by ms_compat.dataset yet")
        if column_names is None:
            raise ValueError("Neither columns_names nor schema are provided.")
        column_names = [column_names] if isinstance(column_names, str) else list(column_names)
        if not column_names or not all(isinstance(c, str) for c in column_names):
            raise TypeError(f"column_names should be a string or a list of strings, but got "
                            f"{column_names}.")
        if len(set(column_names)) != len(column_names):
            raise ValueError(f"Invalid column_names, duplicate names in {column_names}.")
        self.source = source
        self.column_names = column_names
        self._random_access = _has_random_access(source)
        if self._random_access:
            if not hasattr(source, "__len__"):
                raise RuntimeError("Attempt to construct a random access dataset, '__len__' "
                                   "method is required!")
            super().__init__(num_parallel_workers, sampler, num_samples, shuffle, num_shards,
                             shard_id)
        else:
            if not hasattr(source, "__iter__") and not callable(source):
                raise TypeError("Input `source` function of GeneratorDataset should be callable, "
                                "iterable or random accessible, but got "
                                f"{type(source).__name__}.")
            if sampler is not None or num_shards is not None:
                raise ValueError("sampler and sharding are only supported for random accessible "
                                 "source.")
            if num_samples is not None:
                _check_int(num_samples, "num_samples", 0, _INT32_MAX)
            super().__init__(num_parallel_workers, None, None, False)
            self.num_samples = num_samples

    def _col_names(self):
        return list(self.column_names)

    # ---- random-access source -----------------------------------------------------------------
    def _num_rows(self):
        return len(self.source)

    def _check_width(self, row):
        if len(row) != len(self.column_names):
            raise errors.user_error(
                RuntimeError("Invalid Python function, the 'source' of 'GeneratorDataset' should "
                             "return same number of NumPy arrays as specified in column_names, the "
                             f"size of column_names is:{len(self.column_names)} and number of "
                             f"returned NumPy array is:{len(row)}"))
        return row

    def _read(self, index):
        try:
            row = source_row(self.source[index])
        except Exception as e:  # noqa: BLE001 - reported as MindSpore does
            raise errors.user_error(e) from e
        return self._check_width(row)

    # ---- iterable / generator source -----------------------------------------------------------
    def _iterate(self):
        return iter(self.source) if hasattr(self.source, "__iter__") else iter(self.source())

    def _size(self):
        if self._random_access:
            return super()._size()
        n = 0
        for _ in self._iterate():
            n += 1
            if self.num_samples and n >= self.num_samples:
                break
        return n

    def _build(self):
        if self._random_access:
            return super()._build()
        return _IterableRuntime(self)

    def split(self, sizes, randomize=True):
        if self._random_access:
            return super().split(sizes, randomize)
        return super(MappableDataset, self).split(sizes, randomize)


class _IterableRuntime:
    def __init__(self, node):
        self.node = node

    def run(self):
        node = self.node
        try:
            it = node._iterate()
        except Exception as e:  # noqa: BLE001
            raise errors.user_error(e) from e
        n = 0
        try:
            while not node.num_samples or n < node.num_samples:
                try:
                    value = next(it)
                except StopIteration:
                    return
                except Exception as e:  # noqa: BLE001 - reported as MindSpore does
                    raise errors.user_error(e) from e
                try:
                    row = source_row(value)
                except Exception as e:  # noqa: BLE001
                    raise errors.user_error(e) from e
                yield node._check_width(row)
                n += 1
        finally:
            close = getattr(it, "close", None)
            if close is not None:
                close()


class NumpySlicesDataset(GeneratorDataset):
    """Rows are slices of ``data`` along its first axis."""

    def __init__(self, data, column_names=None, num_samples=None, num_parallel_workers=1,
                 shuffle=None, sampler=None, num_shards=None, shard_id=None):
        if isinstance(data, dict):
            names = list(data.keys())
            columns = [np.asarray(v) for v in data.values()]
        elif isinstance(data, tuple):
            names = None
            columns = [np.asarray(v) for v in data]
        else:
            names = None
            columns = [np.asarray(data)]
        if column_names is not None:
            column_names = [column_names] if isinstance(column_names, str) else list(column_names)
            if len(column_names) != len(columns):
                raise ValueError(f"Num of input column names is {len(column_names)}, but required "
                                 f"is {len(columns)}.")
            names = column_names
        if names is None:
            names = [f"column_{i}" for i in range(len(columns))]
        lengths = {len(c) if c.ndim else -1 for c in columns}
        if len(lengths) != 1:
            raise ValueError("Data length in each column is not equal.")
        for c in columns:
            if c.dtype == object:
                raise TypeError(f"Data type of the input or its converted Numpy array is expected "
                                f"to be int or float or str, but got {c.dtype}.")
        super().__init__(_Slices(columns), names, num_samples=num_samples,
                         num_parallel_workers=num_parallel_workers, shuffle=shuffle,
                         sampler=sampler, num_shards=num_shards, shard_id=shard_id)

    def _read(self, index):
        return self.source.read(index)


class _Slices:
    def __init__(self, columns):
        self.columns = columns

    def __getitem__(self, index):
        return tuple(c[index] for c in self.columns)

    def __len__(self):
        return len(self.columns[0])

    def read(self, index):
        return [np.array(c[index]) for c in self.columns]
