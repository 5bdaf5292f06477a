"""``mindspore.dataset`` samplers: which row indices a random-access source reads, in order.

Copied from MindSpore 2.10's minddata (verified against recorded orders, ``tests/dataset``):

* ``SequentialSampler(start_index, num_samples)`` reads ``start_index ...`` in order.
* ``RandomSampler(replacement=False, num_samples=None)`` seeds ``std::mt19937`` with the
  pipeline seed when the iterator is created and ``std::shuffle``s ``0..n-1``; each later pass
  (epoch or repeat) adds one to the seed and shuffles the previous order again. The first
  ``num_samples`` indices are read. With ``replacement=True`` it draws ``uniform_int(0, n-1)``.
* ``add_child``: a sampler with a child picks positions in the child's output (``split`` uses it).
"""
from .._engine import rng as _rng


class BuiltinSampler:
    """Base of the built-in samplers."""

    def __init__(self, num_samples=None):
        if num_samples is not None:
            if not isinstance(num_samples, int) or isinstance(num_samples, bool):
                raise TypeError(f"num_samples must be an integer, but got {type(num_samples)}.")
            if num_samples < 0:
                raise ValueError(f"num_samples exceeds the boundary between 0 and 2147483647, got "
                                 f"{num_samples}.")
        self.num_samples = num_samples
        self.child_sampler = None

    def add_child(self, sampler):
        if not isinstance(sampler, BuiltinSampler):
            raise TypeError("sampler must be a built-in sampler of ms_compat.dataset.")
        self.child_sampler = sampler

    def get_child(self):
        return self.child_sampler

    def get_num_samples(self):
        return self.num_samples

    # -- private protocol --------------------------------------------------------------------
    def _rows_in(self, num_rows):
        return num_rows if self.child_sampler is None else self.child_sampler._count(num_rows)

    def _count(self, num_rows):
        raise NotImplementedError(f"{type(self).__name__}._count")

    def _build(self, num_rows):
        """A runtime whose ``ids()`` returns the indices of the next pass."""
        child = None if self.child_sampler is None else self.child_sampler._build(num_rows)
        own = self._build_own(self._rows_in(num_rows))
        return _Chained(own, child)

    def _build_own(self, n):
        raise NotImplementedError(f"{type(self).__name__}._build_own")

    def is_shuffled(self):
        return False


class _Chained:
    def __init__(self, own, child):
        self._own = own
        self._child = child

    def ids(self):
        if self._child is None:
            return self._own.ids()
        child_ids = self._child.ids()
        return [child_ids[i] for i in self._own.ids()]


class SequentialSampler(BuiltinSampler):
    """Read rows ``start_index, start_index + 1, ...`` (``num_samples`` of them, or all)."""

    def __init__(self, start_index=None, num_samples=None):
        super().__init__(num_samples)
        if start_index is not None and (not isinstance(start_index, int) or start_index < 0):
            raise ValueError(f"start_index must be a non-negative integer, but got {start_index}.")
        self.start_index = start_index or 0

    def _count(self, num_rows):
        n = self._rows_in(num_rows)
        left = max(0, n - self.start_index)
        return left if not self.num_samples else min(self.num_samples, left)

    def _build_own(self, n):
        start = self.start_index
        count = max(0, n - start) if not self.num_samples else min(self.num_samples, n - start)
        ids = list(range(start, start + max(0, count)))
        return _Fixed(ids)


class _Fixed:
    def __init__(self, ids):
        self._ids = ids

    def ids(self):
        return self._ids


class RandomSampler(BuiltinSampler):
    """MindSpore's RandomSampler (``std::mt19937`` + libstdc++ ``std::shuffle``)."""

    def __init__(self, replacement=False, num_samples=None):
        if not isinstance(replacement, bool):
            raise TypeError("replacement must be a boolean.")
        super().__init__(num_samples)
        self.replacement = replacement
        self.reshuffle_each_epoch = True

    def _count(self, num_rows):
        n = self._rows_in(num_rows)
        return n if not self.num_samples else min(self.num_samples, n)

    def _build_own(self, n):
        count = n if not self.num_samples else min(self.num_samples, n)
        return _RandomRuntime(n, count, self.replacement, self.reshuffle_each_epoch)

    def is_shuffled(self):
        return True


class _RandomRuntime:
    def __init__(self, n, count, replacement, reshuffle):
        self._n = n
        self._count = count
        self._replacement = replacement
        self._reshuffle = reshuffle
        self._seed = _rng.op_seed()
        self._gen = _rng.MT19937(self._seed)
        self._first = True
        self._ids = None if replacement else _rng.std_shuffle(list(range(n)), self._gen)

    def ids(self):
        if not self._first:
            if self._reshuffle:
                self._seed = (self._seed + 1) & 0xFFFFFFFF
            self._gen = _rng.MT19937(self._seed)
            if not self._replacement and self._reshuffle:
                _rng.std_shuffle(self._ids, self._gen)
        self._first = False
        if self._replacement:
            return [_rng.uniform_int(self._gen, 0, self._n - 1) for _ in range(self._count)]
        return self._ids[:self._count]


def select_sampler(num_samples, sampler, shuffle, num_shards, shard_id):
    """The sampler a random-access source uses, from its constructor arguments (MindSpore's
    rules: ``shuffle`` None or True means RandomSampler -- *with replacement* when
    ``num_samples`` is given -- and False SequentialSampler)."""
    if num_shards is not None or shard_id is not None:
        raise NotImplementedError("num_shards / shard_id (DistributedSampler) are not supported "
                                  "by ms_compat.dataset yet")
    if sampler is not None:
        if shuffle is not None:
            raise RuntimeError("sampler and shuffle cannot be specified at the same time.")
        if num_samples is not None:
            raise RuntimeError("sampler and num_samples cannot be specified at the same time.")
        if not isinstance(sampler, BuiltinSampler):
            raise NotImplementedError("user-defined samplers are not supported by "
                                      "ms_compat.dataset yet")
        return sampler
    if shuffle is None or shuffle:
        if num_samples is not None:
            return RandomSampler(replacement=True, num_samples=num_samples)
        return RandomSampler()
    return SequentialSampler(num_samples=num_samples)
