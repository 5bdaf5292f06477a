"""The pipeline operations: map, batch, shuffle, repeat, take, skip, project, rename, zip,
concat -- each a Dataset node plus the runtime that produces its rows (see ``dataset_base``)."""
from __future__ import annotations

import numpy as np

from .. import config
from .._engine import errors, rng
from .._engine.parallel import ordered_map
from .._engine.rows import function_outputs
from .dataset_base import (Dataset, _INT32_MAX, _check_int, _shape_text,  # noqa: F401
                           _to_list)


# ---- map -------------------------------------------------------------------------------------
def _is_random(op):
    return getattr(op, "_random", False)


class MapDataset(Dataset):
    """``dataset.map``: each listed operation turns the input columns into the next inputs.

    Output columns: with as many outputs as inputs they replace the inputs in place (renamed to
    ``output_columns``); otherwise the outputs come first, followed by the untouched columns.
    Rows keep their order with any ``num_parallel_workers``. A map holding a random transform
    reproduces MindSpore's draws: it keeps one copy of the operations per worker (worker ``w``
    seeded ``seed + w``) and gives row ``i`` of each epoch to copy ``i % workers``; it runs its
    rows one after another to keep that order deterministic.
    """

    def __init__(self, child, operations, input_columns, output_columns, num_parallel_workers):
        super().__init__([child], num_parallel_workers)
        ops = list(operations) if isinstance(operations, list) else [operations]
        for op in ops:
            if not callable(op):
                raise ValueError("Parameter operations's element of method map should be a python "
                                 "function or class method which should be callable, but got: "
                                 f"{op}. It doesn't need parentheses for python function or class "
                                 "method.")
        self.operations = ops
        self.input_columns = _to_list(input_columns)
        self.output_columns = _to_list(output_columns)

    def _layout(self):
        child_cols = self.children[0]._col_names()
        in_cols = self.input_columns or child_cols[:1]
        for c in in_cols:
            if c not in child_cols:
                raise errors.pipeline_error(f"Invalid parameter, input column name: {c} doesn't "
                                            "exist in the dataset columns.")
        out_cols = self.output_columns or in_cols
        in_idx = [child_cols.index(c) for c in in_cols]
        if len(out_cols) == len(in_cols):
            names = list(child_cols)
            for i, c in zip(in_idx, out_cols):
                names[i] = c
            place = ("inplace", in_idx)
        else:
            rest = [i for i, c in enumerate(child_cols) if c not in in_cols]
            names = list(out_cols) + [child_cols[i] for i in rest]
            place = ("front", rest)
        return in_idx, out_cols, names, place

    def _col_names(self):
        return self._layout()[2]

    def _build(self):
        return _MapRuntime(self, self.children[0]._build())

    def _batchable(self):
        """Every operation can run on a whole batch with the same results (see BatchDataset)."""
        return all(getattr(op, "_batch_kernel", None) is not None and not _is_random(op)
                   for op in self.operations)


def _kernel(op, worker=0):
    """A per-iterator callable for ``op``: ms_compat transforms give their own (fresh random
    state for ``worker``); any other callable is a user function whose errors are reported."""
    make = getattr(op, "_make_kernel", None)
    if make is not None:
        return make(worker)

    def call(*args):
        try:
            return function_outputs(op(*args))
        except Exception as e:  # noqa: BLE001 - reported as MindSpore does
            if errors.is_reported(e):
                raise
            raise errors.user_error(e, f"map operation: [PyFunc] failed. Error description:\n"
                                       f"{type(e).__name__}: ") from e
    return call


class _MapRuntime:
    def __init__(self, node, child):
        self.child = child
        self.node = node
        self.in_idx, self.out_cols, self.names, self.place = node._layout()
        workers = node.num_parallel_workers or config.get_num_parallel_workers()
        self.random = any(_is_random(op) for op in node.operations)
        copies = workers if self.random else 1
        self.kernel_sets = [[_kernel(op, w) for op in node.operations] for w in range(copies)]
        self.workers = 1 if self.random else workers

    def _apply(self, row, worker=0, kernels=None):
        args = [row[i] for i in self.in_idx]
        for k in kernels or self.kernel_sets[worker]:
            args = k(*args)
        if len(args) != len(self.out_cols):
            raise errors.pipeline_error(
                "Invalid columns, the number of columns returned in 'map' operations should match "
                "the number of 'output_columns', but got the number of columns returned in 'map' "
                f"operations: {len(args)}, the number of 'output_columns': {len(self.out_cols)}.")
        mode, idx = self.place
        if mode == "inplace":
            out = list(row)
            for i, a in zip(idx, args):
                out[i] = a
            return out
        return list(args) + [row[i] for i in idx]

    def run(self):
        if self.random:
            return self._run_random()
        return ordered_map(self._apply, self.child.run(), self.workers)

    def _run_random(self):
        src = self.child.run()
        copies = len(self.kernel_sets)
        try:
            for i, row in enumerate(src):
                yield self._apply(row, i % copies)
        finally:
            src.close()


# ---- batch -----------------------------------------------------------------------------------
class BatchDataset(Dataset):
    """``dataset.batch``: ``np.stack`` of ``batch_size`` rows per column; a short last batch is
    kept unless ``drop_remainder``. Rows of different shapes or dtypes in one batch raise
    MindSpore's RuntimeError.

    Fusion: when the maps right below the batch only hold transforms that give the same result
    on a stacked batch as row by row (Rescale, Normalize, HWC2CHW, ToTensor, TypeCast, OneHot of
    scalars...), the rows are stacked first and those maps run once per batch -- the same
    numbers, an order of magnitude less Python per row. A batch whose raw rows cannot be
    stacked, or that a transform rejects, is recomputed row by row so errors are reported
    exactly as without fusion.
    """

    def __init__(self, child, batch_size, drop_remainder, num_parallel_workers):
        if callable(batch_size) and not isinstance(batch_size, int):
            raise NotImplementedError("batch(batch_size=<callable>) is not supported by "
                                      "ms_compat.dataset yet")
        if not isinstance(batch_size, int) or isinstance(batch_size, bool):
            raise TypeError("batch_size should either be an int or a callable.")
        if not 1 <= batch_size <= _INT32_MAX:
            raise ValueError(f"Input batch_size is not within the required interval of "
                             f"[1, {_INT32_MAX}].")
        if not isinstance(drop_remainder, bool):
            raise TypeError(f"Argument drop_remainder with value {drop_remainder} is not of type "
                            "[<class 'bool'>], but got " + str(type(drop_remainder)) + ".")
        super().__init__([child], num_parallel_workers)
        self.batch_size = batch_size
        self.drop_remainder = drop_remainder

    def _size(self):
        n = self.children[0]._size()
        return n // self.batch_size if self.drop_remainder else -(-n // self.batch_size)

    def _build(self):
        chain, node = [], self.children[0]
        while isinstance(node, MapDataset) and node._batchable():
            chain.insert(0, node)
            node = node.children[0]
        runtime = node._build()
        maps = []
        for m in chain:
            runtime = _MapRuntime(m, runtime)
            maps.append(runtime)
        return _BatchRuntime(self, runtime, maps)


def stack_rows(rows):
    out = []
    for c in range(len(rows[0])):
        first = rows[0][c]
        for r in rows[1:]:
            a = r[c]
            if a.shape != first.shape:
                raise errors.pipeline_error(
                    f"Cannot batch tensors with different shapes in column {c}. First element had "
                    f"shape {_shape_text(first.shape)} and this element had shape "
                    f"{_shape_text(a.shape)}")
            if a.dtype != first.dtype and not (a.dtype.kind in "US" and first.dtype.kind in "US"):
                raise errors.pipeline_error(
                    f"Cannot batch tensors with different types in column {c}. First element had "
                    f"type {first.dtype} and this element had type {a.dtype}")
        out.append(np.stack([r[c] for r in rows]))
    return out


class _BatchRuntime:
    def __init__(self, node, child, fused_maps):
        self.child = child
        self.maps = fused_maps
        self.source = fused_maps[0].child if fused_maps else child
        self.batch_kernels = [[op._batch_kernel() for op in m.node.operations] for m in fused_maps]
        self.size = node.batch_size
        self.drop = node.drop_remainder

    def _row_by_row(self, rows):
        for m in self.maps:
            rows = [m._apply(r) for r in rows]
        return stack_rows(rows)

    def _make_batch(self, rows):
        if not self.maps:
            return stack_rows(rows)
        try:
            batch = stack_rows(rows)
            for m, kernels in zip(self.maps, self.batch_kernels):
                batch = m._apply(batch, kernels=kernels)
            return batch
        except Exception:  # noqa: BLE001 - redo row by row: same result or MindSpore's error
            return self._row_by_row(rows)

    def run(self):
        rows = []
        src = self.source.run()
        try:
            for row in src:
                rows.append(row)
                if len(rows) == self.size:
                    yield self._make_batch(rows)
                    rows = []
            if rows and not self.drop:
                yield self._make_batch(rows)
        finally:
            src.close()


# ---- shuffle ---------------------------------------------------------------------------------
class ShuffleDataset(Dataset):
    """MindSpore's ShuffleOp: fill a buffer of ``buffer_size`` rows, then repeatedly emit the row
    at ``rng() % len(buffer)`` (``std::mt19937_64`` seeded when the iterator is created), move
    the last row into its slot and refill from the input. The generator continues across epochs
    (or restarts from the seed every pass when ``reshuffle_each_epoch`` is False, as ``split``
    uses it)."""

    def __init__(self, child, buffer_size, reshuffle_each_epoch=True):
        if not isinstance(buffer_size, int) or isinstance(buffer_size, bool):
            raise TypeError(f"Argument buffer_size with value {buffer_size} is not of type "
                            f"[<class 'int'>], but got {type(buffer_size)}.")
        if not 2 <= buffer_size <= _INT32_MAX:
            raise ValueError(f"Input buffer_size is not within the required interval of "
                             f"[2, {_INT32_MAX}].")
        super().__init__([child])
        self.buffer_size = buffer_size
        self.reshuffle_each_epoch = reshuffle_each_epoch

    def _build(self):
        return _ShuffleRuntime(self)

    def is_shuffled(self):
        return True


class _ShuffleRuntime:
    def __init__(self, node):
        self.child = node.children[0]._build()
        self.size = node.buffer_size
        self.reshuffle = node.reshuffle_each_epoch
        self.seed = rng.op_seed()
        self.gen = rng.MT19937_64(self.seed)

    def run(self):
        if not self.reshuffle:
            self.gen = rng.MT19937_64(self.seed)
        src = self.child.run()
        try:
            buf = []
            for row in src:
                buf.append(row)
                if len(buf) == self.size:
                    break
            active = len(buf) == self.size
            while buf:
                k = self.gen() % len(buf)
                out = buf[k]
                buf[k] = buf[-1]
                buf.pop()
                if active:
                    nxt = next(src, None)
                    if nxt is None:
                        active = False
                    else:
                        buf.append(nxt)
                yield out
        finally:
            src.close()


# ---- repeat / take / skip --------------------------------------------------------------------
class RepeatDataset(Dataset):
    """``repeat(count)``: ``count`` passes of the input per epoch (None or -1: forever).
    ``get_dataset_size`` multiplies by ``count`` (an endless repeat reports its input's size)."""

    def __init__(self, child, count):
        if count is None:
            count = -1
        if not isinstance(count, int) or isinstance(count, bool):
            raise TypeError(f"Argument count with value {count} is not of type [<class 'int'>], "
                            f"but got {type(count)}.")
        if count != -1 and not 1 <= count <= _INT32_MAX:
            raise ValueError("count should be either -1 or positive integer, range[1, INT32_MAX].")
        super().__init__([child])
        self.count = count

    def _size(self):
        n = self.children[0]._size()
        return n if self.count == -1 else n * self.count

    def _build(self):
        return _RepeatRuntime(self)


class _RepeatRuntime:
    def __init__(self, node):
        self.child = node.children[0]._build()
        self.count = node.count

    def run(self):
        done = 0
        while self.count == -1 or done < self.count:
            yield from self.child.run()
            done += 1


class TakeDataset(Dataset):
    def __init__(self, child, count):
        if not isinstance(count, int) or isinstance(count, bool):
            raise TypeError(f"Argument count with value {count} is not of type [<class 'int'>], "
                            f"but got {type(count)}.")
        if count != -1 and not 0 < count <= _INT32_MAX:
            raise ValueError("count should be either -1 or within the required interval of "
                             f"(0, {_INT32_MAX}], got {count}.")
        super().__init__([child])
        self.count = count

    def _size(self):
        n = self.children[0]._size()
        return n if self.count == -1 else min(n, self.count)

    def _build(self):
        return _SliceRuntime(self.children[0]._build(), 0, self.count)


class SkipDataset(Dataset):
    def __init__(self, child, count):
        _check_int(count, "count", 0, _INT32_MAX)
        super().__init__([child])
        self.count = count

    def _size(self):
        return max(0, self.children[0]._size() - self.count)

    def _build(self):
        return _SliceRuntime(self.children[0]._build(), self.count, -1)


class _SliceRuntime:
    def __init__(self, child, skip, take):
        self.child = child
        self.skip = skip
        self.take = take

    def run(self):
        if self.take == 0:
            return
        src = self.child.run()
        try:
            taken = 0
            for i, row in enumerate(src):
                if i < self.skip:
                    continue
                yield row
                taken += 1
                if taken == self.take:
                    return
        finally:
            src.close()


# ---- project / rename ------------------------------------------------------------------------
class ProjectDataset(Dataset):
    def __init__(self, child, columns):
        super().__init__([child])
        self.columns = _to_list(columns)

    def _col_names(self):
        child_cols = self.children[0]._col_names()
        for c in self.columns:
            if c not in child_cols:
                raise errors.pipeline_error(f"Invalid column, column name: {c} does not exist.")
        return list(self.columns)

    def _build(self):
        child_cols = self.children[0]._col_names()
        idx = [child_cols.index(c) for c in self._col_names()]
        return _SelectRuntime(self.children[0]._build(), idx)


class _SelectRuntime:
    def __init__(self, child, idx):
        self.child = child
        self.idx = idx

    def run(self):
        src = self.child.run()
        try:
            for row in src:
                yield [row[i] for i in self.idx]
        finally:
            src.close()


class RenameDataset(Dataset):
    def __init__(self, child, input_columns, output_columns):
        input_columns, output_columns = _to_list(input_columns), _to_list(output_columns)
        if len(input_columns) != len(output_columns):
            raise ValueError("Number of column in input_columns and output_columns is not equal.")
        super().__init__([child])
        self.input_columns = input_columns
        self.output_columns = output_columns

    def _col_names(self):
        child = self.children[0]._col_names()
        names = list(child)
        for old, new in zip(self.input_columns, self.output_columns):
            if old not in child:
                raise errors.pipeline_error("Invalid column, column to be renamed does not exist.")
            names[child.index(old)] = new
        return names

    def _build(self):
        self._col_names()
        return self.children[0]._build()


# ---- zip / concat ----------------------------------------------------------------------------
class ZipDataset(Dataset):
    """Rows side by side; stops with the shortest input; column names must be unique."""

    def __init__(self, datasets):
        for d in datasets:
            if not isinstance(d, Dataset):
                raise TypeError(f"Invalid dataset, expected Dataset object, but got {type(d)}!")
        super().__init__(datasets)

    def _col_names(self):
        names = []
        for d in self.children:
            cols = d._col_names()
            for c in reversed(cols):  # MindSpore reports the last clashing name of an input
                if c in names:
                    raise errors.pipeline_error(f"Invalid data, duplicate column {c} already "
                                                "exists when zipping datasets.")
            names.extend(cols)
        return names

    def _size(self):
        return min(d._size() for d in self.children)

    def _build(self):
        self._col_names()
        return _ZipRuntime([d._build() for d in self.children])

    def num_classes(self):
        return None


class _ZipRuntime:
    def __init__(self, children):
        self.children = children

    def run(self):
        srcs = [c.run() for c in self.children]
        try:
            while True:
                row = []
                for s in srcs:
                    part = next(s, None)
                    if part is None:
                        return
                    row.extend(part)
                yield row
        finally:
            for s in srcs:
                s.close()


class ConcatDataset(Dataset):
    """The inputs one after another; names, order and dtypes of the columns must agree."""

    def __init__(self, datasets):
        for d in datasets:
            if not isinstance(d, Dataset):
                raise TypeError(f"Invalid dataset, expected Dataset object, but got {type(d)}!")
        super().__init__(datasets)

    def _col_names(self):
        first = self.children[0]._col_names()
        for d in self.children[1:]:
            if d._col_names() != first:
                raise errors.pipeline_error("Invalid columns, 'column name' or 'column order' of "
                                            "concat datasets should be the same.")
        return first

    def _size(self):
        return sum(d._size() for d in self.children)

    def _build(self):
        self._col_names()
        return _ConcatRuntime([d._build() for d in self.children])


class _ConcatRuntime:
    def __init__(self, children):
        self.children = children

    def run(self):
        dtypes = None
        for child in self.children:
            src = child.run()
            first = True
            try:
                for row in src:
                    if first:
                        first = False
                        got = [a.dtype for a in row]
                        if dtypes is None:
                            dtypes = got
                        else:
                            for want, have in zip(dtypes, got):
                                if want != have and not (want.kind in "US" and have.kind in "US"):
                                    raise errors.pipeline_error(
                                        "Concat: the data types of the two datasets to be "
                                        "concatenated should be the same, but got: "
                                        f"{want} and {have}.")
                    yield row
            finally:
                src.close()
