"""``mindspore.ops`` array functions (``mindspore/ops/function/array_func.py``): creation, shape
manipulation, joining/splitting, sorting; indexing ops (gather/scatter/where/slice) live in
``_array_index.py`` and are re-exported here.

MindSpore 2.10 (CPU) behaviours kept:
  * creation defaults to Float32 (``ops.ones((2, 3))``); ``ops.full`` without ``dtype`` gives
    Int64 whatever the fill value (``ops.full((2,), 3.5)`` is ``[3, 3]``); ``ops.arange`` of ints
    is Int64, with any float Float32;
  * ``ops.squeeze`` silently keeps a named axis whose size is not 1;
  * ``ops.concat`` of mixed dtypes is a RuntimeError, ``ops.stack`` a TypeError;
  * ``ops.sort`` / ``argsort`` / ``topk`` return Int32 indices; ``ops.unique`` keeps the order of
    first appearance and returns Int32 inverse indices (Int64 for Int64 input).
"""
from __future__ import annotations

import builtins
import math
import numbers

import jax
import jax.numpy as jnp
import numpy as np

from ..._src import dtype as mstype
from ..._src.tensor import Tensor
from . import _op_dtypes as R
from ._array_index import *  # noqa: F401,F403
from ._array_index import __all__ as _index_all
from ._util import arr, axis_arg, np_dtype, shape_arg, wrap

_F32 = np.dtype(np.float32)
_I32 = np.dtype(np.int32)
_I64 = np.dtype(np.int64)


def _py(v):
    return v.item() if isinstance(v, Tensor) else v


# ----------------------------------------------------------------------------- creation
def ones(shape, dtype=None):
    return wrap(jnp.ones(shape_arg("ones", shape), np_dtype(dtype, mstype.float32)))


def zeros(size, dtype=None):
    return wrap(jnp.zeros(shape_arg("zeros", size), np_dtype(dtype, mstype.float32)))


def full(size, fill_value, *, dtype=None):
    """``ops.full``: without ``dtype`` the result is Int64 (MindSpore 2.10 truncates floats)."""
    dt = np_dtype(dtype) if dtype is not None else _I64
    return wrap(jnp.full(shape_arg("full", size), arr(fill_value).astype(dt), dt))


def fill(type, shape, value):  # noqa: A002
    dt = np_dtype(type)
    return wrap(jnp.full(shape_arg("fill", shape), jnp.asarray(_py(value)).astype(dt), dt))


def fills(x, value):
    a = arr(x)
    return wrap(jnp.full(a.shape, jnp.asarray(_py(value)).astype(a.dtype), a.dtype))


def ones_like(input, *, dtype=None):  # noqa: A002
    x = arr(input)
    return wrap(jnp.ones(x.shape, np_dtype(dtype) or x.dtype))


def zeros_like(input, *, dtype=None):  # noqa: A002
    x = arr(input)
    return wrap(jnp.zeros(x.shape, np_dtype(dtype) or x.dtype))


def full_like(input, fill_value, *, dtype=None):  # noqa: A002
    x = arr(input)
    dt = np_dtype(dtype) or x.dtype
    return wrap(jnp.full(x.shape, arr(fill_value).astype(dt), dt))


def _num_dtype(vals):
    for v in vals:
        if isinstance(v, Tensor):
            if v.dtype.is_float:
                return v.dtype.to_np()
        elif isinstance(v, (float, np.floating)):
            return _F32
    return _I64


def arange(start=0, end=None, step=1, *, dtype=None):
    """``ops.arange``: Int64 for integer bounds, Float32 if any bound is a float."""
    if end is None:
        start, end = 0, start
    dt = np_dtype(dtype) if dtype is not None else _num_dtype((start, end, step))
    vals = [_py(v) for v in (start, end, step)]
    if vals[2] == 0:
        raise ValueError("For 'arange', 'step' must not be 0.")
    if (vals[1] - vals[0]) * vals[2] < 0:
        raise ValueError(f"For 'arange', the sign of 'step' is inconsistent with 'start' and "
                         f"'end': start={vals[0]}, end={vals[1]}, step={vals[2]}.")
    return wrap(jnp.asarray(np.arange(*vals).astype(dt)))


def range(start, end, step, maxlen=1000000):  # noqa: A001
    return arange(start, end, step)


tensor_range = range


def linspace(start, end, steps):
    for name, v in (("start", start), ("stop", end)):
        if isinstance(v, Tensor) and not v.dtype.is_float:
            raise TypeError(f"For primitive[LinSpace], the input argument[{name} type] must be a "
                            f"type of {{Tensor[Float32], Tensor[Float64]}}, but got "
                            f"Tensor[{v.dtype}].")
    dt = start.dtype.to_np() if isinstance(start, Tensor) else _F32
    return wrap(jnp.linspace(_py(start), _py(end), int(_py(steps)), dtype=dt))


def logspace(start, end, steps, base=10, *, dtype=mstype.float32):
    dt = np_dtype(dtype)
    return wrap(jnp.logspace(float(_py(start)), float(_py(end)), int(_py(steps)),
                             base=base).astype(dt))


def eye(n, m=None, dtype=None):
    return wrap(jnp.eye(int(_py(n)), None if m is None else int(_py(m)),
                        dtype=np_dtype(dtype, mstype.float32)))


def tril_indices(row, col, offset=0, *, dtype=mstype.int64):
    r, c = np.tril_indices(row, offset, col)
    return wrap(jnp.asarray(np.stack([r, c]).astype(np_dtype(dtype))))


def triu_indices(row, col, offset=0, *, dtype=mstype.int64):
    r, c = np.triu_indices(row, offset, col)
    return wrap(jnp.asarray(np.stack([r, c]).astype(np_dtype(dtype))))


def scalar_to_tensor(input_x, dtype=mstype.float32):
    return Tensor(input_x, dtype)


def scalar_to_array(input_x):
    return Tensor(input_x)


def tuple_to_array(input_x):
    """``ops.tuple_to_array``: ints -> Int32, floats -> Float32."""
    return Tensor(np.asarray(input_x, np.float32 if builtins.any(
        isinstance(v, float) for v in input_x) else np.int32))


# ----------------------------------------------------------------------------- shape
def reshape(input, shape):  # noqa: A002
    x = arr(input)
    shp = shape_arg("reshape", shape)
    size = math.prod(x.shape)
    known = math.prod(s for s in shp if s != -1)
    n_free = shp.count(-1)
    if n_free > 1 or (n_free and (known == 0 or size % known)) or (not n_free and known != size):
        raise ValueError(f"proposed_shape {list(shp)} is invalid for input of size {size}")
    if n_free:
        shp = tuple(size // known if s == -1 else s for s in shp)
    return wrap(x if shp == x.shape else jax.lax.reshape(x, shp))


def transpose(input, dims):  # noqa: A002
    x = arr(input)
    perm = tuple(dims)
    if len(perm) != x.ndim:
        raise ValueError(f"For 'Transpose', size of perm should equal to rank of x, but got "
                         f"{len(perm)} and {x.ndim}!")
    return wrap(jnp.transpose(x, perm))


def permute(input, axis):  # noqa: A002
    return transpose(input, axis)


def swapaxes(input, axis0, axis1):  # noqa: A002
    return wrap(jnp.swapaxes(arr(input), axis0, axis1))


swapdims = swapaxes


def moveaxis(x, source, destination):
    return wrap(jnp.moveaxis(arr(x), source, destination))


movedim = moveaxis


def squeeze(input, axis=None):  # noqa: A002
    """``ops.squeeze``: drops size-1 axes; a named axis whose size is not 1 is kept."""
    x = arr(input)
    ax = axis_arg(axis)
    if ax is None:
        return wrap(jnp.squeeze(x))
    axes = ax if isinstance(ax, tuple) else (ax,)
    keep = tuple(a % x.ndim for a in axes if x.shape[a] == 1) if x.ndim else ()
    return wrap(jnp.squeeze(x, keep) if keep else x)


def expand_dims(input_x, axis):
    x = arr(input_x)
    if not -x.ndim - 1 <= axis <= x.ndim:
        raise ValueError(f"For 'ExpandDims', the 'axis' must be in range [{-x.ndim - 1}, "
                         f"{x.ndim}], but got {axis}.")
    return wrap(jnp.expand_dims(x, axis))


def unsqueeze(input, dim):  # noqa: A002
    return expand_dims(input, dim)


def flatten(input, order="C", *, start_dim=1, end_dim=-1):  # noqa: A002
    """``ops.flatten``: keeps dim 0 by default (MindSpore's ``start_dim=1``)."""
    x = arr(input)
    if order not in ("C", "F"):
        raise ValueError(f"For 'flatten', 'order' must be 'C' or 'F', but got '{order}'.")
    if x.ndim == 0:
        return wrap(x.reshape(1))
    if order == "F":
        x = jnp.transpose(x)
    s = start_dim % x.ndim
    e = end_dim % x.ndim
    if s > e:
        raise ValueError("For 'flatten', 'start_dim' cannot come after 'end_dim'.")
    shape = x.shape[:s] + (int(np.prod(x.shape[s:e + 1], dtype=np.int64)),) + x.shape[e + 1:]
    return wrap(x.reshape(shape))


def ravel(input):  # noqa: A002
    return wrap(arr(input).reshape(-1))


def t(input):  # noqa: A002
    x = arr(input)
    if x.ndim > 2:
        raise ValueError(f"For 't', the input must be 1-D or 2-D, but got {x.ndim}-D.")
    return wrap(jnp.transpose(x) if x.ndim == 2 else x)


def broadcast_to(input, shape):  # noqa: A002
    x = arr(input)
    shape = shape_arg("broadcast_to", shape)
    off = len(shape) - x.ndim
    full_shape = tuple(x.shape[i - off] if s == -1 else s for i, s in enumerate(shape))
    try:
        return wrap(jnp.broadcast_to(x, full_shape))
    except ValueError:
        raise ValueError(f"For 'BroadcastTo', in order to broadcast, each dimension pair must be "
                         f"equal or input dimension is 1 or target dimension is -1. But got "
                         f"x_shape: {tuple(x.shape)}, target shape: {tuple(shape)}.") from None


def expand_as(input, other):  # noqa: A002
    return broadcast_to(input, tuple(arr(other).shape))


def tile(input, dims):  # noqa: A002
    return wrap(jnp.tile(arr(input), tuple(int(d) for d in dims)))


def repeat_elements(x, rep, axis=0):
    return wrap(jnp.repeat(arr(x), rep, axis=axis))


def repeat_interleave(input, repeats, axis=None):  # noqa: A002
    r = arr(repeats) if isinstance(repeats, Tensor) else repeats
    x = arr(input)
    if isinstance(r, (list, tuple)):
        r = jnp.asarray(r)
    total = None if isinstance(r, int) else int(jnp.sum(r))
    return wrap(jnp.repeat(x, r, axis=axis, total_repeat_length=total))


def atleast_1d(inputs):
    if isinstance(inputs, (list, tuple)):
        return tuple(atleast_1d(i) for i in inputs)
    return wrap(jnp.atleast_1d(arr(inputs)))


def atleast_2d(inputs):
    if isinstance(inputs, (list, tuple)):
        return tuple(atleast_2d(i) for i in inputs)
    return wrap(jnp.atleast_2d(arr(inputs)))


def atleast_3d(inputs):
    if isinstance(inputs, (list, tuple)):
        return tuple(atleast_3d(i) for i in inputs)
    return wrap(jnp.atleast_3d(arr(inputs)))


# ----------------------------------------------------------------------------- join / split
def _seq(name, tensors, exc=TypeError):
    if not isinstance(tensors, (list, tuple)):
        raise TypeError(f"For '{name}', the input must be a list or tuple of tensors, but got "
                        f"{type(tensors)}.")
    if not tensors:
        raise ValueError(f"For '{name}', the input must not be empty.")
    arrays = [arr(t) for t in tensors]
    dt = arrays[0].dtype
    for k, a in enumerate(arrays[1:], start=1):
        if a.dtype != dt:
            raise exc(f"For '{name}', all input must have the same data type, but input[{k}] "
                      f"data type = Tensor[{R.dtype_name(a.dtype)}] and input[0] data type = "
                      f"Tensor[{R.dtype_name(dt)}].")
    return arrays


def concat(tensors, axis=0):
    arrays = _seq("Concat", tensors, RuntimeError)
    nd = arrays[0].ndim
    for a in arrays[1:]:
        if a.ndim != nd:
            raise ValueError(f"For primitive[Concat], element rank must be same(shapes are "
                             f"{[list(b.shape) for b in arrays]})!")
    return wrap(jnp.concatenate(arrays, axis=axis))


cat = concat


def stack(tensors, axis=0):
    return wrap(jnp.stack(_seq("Stack", tensors), axis=axis))


def hstack(tensors):
    return wrap(jnp.hstack(_seq("hstack", tensors)))


def vstack(inputs):
    return wrap(jnp.vstack(_seq("vstack", inputs)))


row_stack = vstack


def column_stack(tensors):
    return wrap(jnp.column_stack(_seq("column_stack", tensors)))


def dstack(tensors):
    return wrap(jnp.dstack(_seq("dstack", tensors)))


def unstack(input_x, axis=0):
    x = arr(input_x)
    return tuple(wrap(v) for v in jnp.moveaxis(x, axis, 0))


def unbind(input, dim=0):  # noqa: A002
    return unstack(input, dim)


def split(tensor, split_size_or_sections, axis=0):
    """``ops.split``: an int is a chunk size (the last chunk may be smaller), a list the sizes."""
    x = arr(tensor)
    n = x.shape[axis]
    s = split_size_or_sections
    if isinstance(s, (numbers.Integral, np.integer)) and not isinstance(s, bool):
        if s <= 0:
            raise ValueError(f"For 'split', 'split_size_or_sections' must be positive, but got "
                             f"{s}.")
        idx = list(builtins.range(int(s), n, int(s)))
    elif isinstance(s, (list, tuple)):
        if builtins.sum(s) != n:
            raise ValueError(f"The sum of 'split_size_or_sections' should be equal to {n}, but got "
                             f"{builtins.sum(s)}.")
        idx = list(np.cumsum(s)[:-1])
    else:
        raise TypeError(f"For 'split', the type of 'split_size_or_sections' must be int, tuple or "
                        f"list, but got {type(s).__name__}.")
    return tuple(wrap(p) for p in jnp.split(x, idx, axis=axis))


def tensor_split(input, indices_or_sections, axis=0):  # noqa: A002
    x = arr(input)
    s = indices_or_sections
    if isinstance(s, (list, tuple)):
        return tuple(wrap(p) for p in jnp.split(x, list(s), axis=axis))
    return tuple(wrap(p) for p in jnp.array_split(x, int(s), axis=axis))


def hsplit(input, indices_or_sections):  # noqa: A002
    return tensor_split(input, indices_or_sections, 1 if arr(input).ndim > 1 else 0)


def vsplit(input, indices_or_sections):  # noqa: A002
    return tensor_split(input, indices_or_sections, 0)


def dsplit(input, indices_or_sections):  # noqa: A002
    return tensor_split(input, indices_or_sections, 2)


def chunk(input, chunks, axis=0):  # noqa: A002
    x = arr(input)
    if chunks <= 0:
        raise ValueError(f"For 'chunk', 'chunks' must be positive, but got {chunks}.")
    size = -(-x.shape[axis] // chunks)
    return split(input, builtins.max(size, 1), axis)


# ----------------------------------------------------------------------------- reorder
def flip(input, dims):  # noqa: A002
    return wrap(jnp.flip(arr(input), axis=tuple(dims) if isinstance(dims, (list, tuple)) else dims))


def fliplr(input):  # noqa: A002
    return wrap(jnp.fliplr(arr(input)))


def flipud(input):  # noqa: A002
    return wrap(jnp.flipud(arr(input)))


def reverse(x, axis):
    return flip(x, axis)


def roll(input, shifts, dims=None):  # noqa: A002
    return wrap(jnp.roll(arr(input), shifts, axis=dims))


def reverse_sequence(x, seq_lengths, seq_dim, batch_dim=0):
    """``ops.reverse_sequence``: reverse the first ``seq_lengths[b]`` entries along ``seq_dim``
    of every batch entry ``b`` (along ``batch_dim``)."""
    a = arr(x)
    lens = arr(seq_lengths)
    n = a.shape[seq_dim]
    pos = jnp.arange(n)
    shape = [1] * a.ndim
    shape[seq_dim] = n
    bshape = [1] * a.ndim
    bshape[batch_dim] = a.shape[batch_dim]
    p = pos.reshape(shape)
    ln = lens.reshape(bshape)
    src = jnp.where(p < ln, ln - 1 - p, p)
    return wrap(jnp.take_along_axis(a, jnp.broadcast_to(src, a.shape), axis=seq_dim))


def rot90(input, k, dims):  # noqa: A002
    return wrap(jnp.rot90(arr(input), k, axes=tuple(dims)))


def sort(input_x, axis=-1, descending=False):
    """``ops.sort``: ``(values, indices)`` with Int32 indices; stable."""
    x = arr(input_x)
    R.rule("sort", "Sort")(x.dtype)
    idx = jnp.argsort(x, axis=axis, stable=True, descending=descending)
    return wrap(jnp.take_along_axis(x, idx, axis=axis)), wrap(idx.astype(_I32))


def argsort(input, axis=-1, descending=False):  # noqa: A002
    x = arr(input)
    R.rule("argsort", "Sort")(x.dtype)
    return wrap(jnp.argsort(x, axis=axis, stable=True, descending=descending).astype(_I32))


def msort(input):  # noqa: A002
    return sort(input, 0)[0]


def topk(input, k, dim=None, largest=True, sorted=True):  # noqa: A002
    """``ops.topk``: ``(values, indices)`` along ``dim`` (last by default), Int32 indices."""
    x = arr(input)
    R.rule("topk", "TopK")(x.dtype)
    axis = -1 if dim is None else dim
    xm = jnp.moveaxis(x, axis, -1)
    if k > xm.shape[-1] or k < 0:
        raise ValueError(f"For 'TopK', the 'k' must be in [0, {xm.shape[-1]}], but got {k}.")
    idx = jnp.argsort(xm, axis=-1, stable=True, descending=largest)[..., :k]
    vals = jnp.take_along_axis(xm, idx, axis=-1)
    return wrap(jnp.moveaxis(vals, -1, axis)), wrap(jnp.moveaxis(idx, -1, axis).astype(_I32))


def top_k(input_x, k, sorted=True):  # noqa: A002
    return topk(input_x, k)


def unique(input):  # noqa: A002
    """``ops.unique``: values in order of first appearance and the inverse indices."""
    x = np.asarray(arr(input)).reshape(-1)
    R.rule("unique", "Unique")(x.dtype)
    _, first, inv = np.unique(x, return_index=True, return_inverse=True)
    order = np.argsort(first, kind="stable")
    rank = np.empty_like(order)
    rank[order] = np.arange(order.size)
    idx_dt = _I64 if x.dtype == _I64 else _I32
    out = x[np.sort(first)]
    return (wrap(jnp.asarray(out)),
            wrap(jnp.asarray(rank[inv.reshape(-1)].reshape(arr(input).shape).astype(idx_dt))))


def unique_consecutive(input, return_inverse=False, return_counts=False, dim=None):  # noqa: A002
    x = np.asarray(arr(input))
    if dim is None:
        flat = x.reshape(-1)
        change = np.concatenate([[True], flat[1:] != flat[:-1]]) if flat.size else \
            np.zeros(0, bool)
        out = flat[change]
        inv = (np.cumsum(change) - 1).reshape(x.shape)
        counts = np.diff(np.append(np.nonzero(change)[0], flat.size))
    else:
        xm = np.moveaxis(x, dim, 0)
        change = [True] + [not np.array_equal(xm[i], xm[i - 1]) for i in builtins.range(1, len(xm))]
        change = np.asarray(change)
        out = np.moveaxis(xm[change], 0, dim)
        inv = np.cumsum(change) - 1
        counts = np.diff(np.append(np.nonzero(change)[0], len(xm)))
    res = [wrap(jnp.asarray(out))]
    if return_inverse:
        res.append(wrap(jnp.asarray(inv.astype(_I64))))
    if return_counts:
        res.append(wrap(jnp.asarray(counts.astype(_I64))))
    return res[0] if len(res) == 1 else tuple(res)


# ----------------------------------------------------------------------------- meta
def numel(input):  # noqa: A002
    return int(np.prod(arr(input).shape, dtype=np.int64))


def size(input_x):
    return numel(input_x)


def rank(input_x):
    return arr(input_x).ndim


def shape(input_x):
    return tuple(arr(input_x).shape)


def dyn_shape(input_x):
    return Tensor(np.asarray(arr(input_x).shape, np.int64))


def dtype(x):
    return mstype.from_np_dtype(arr(x).dtype)


def is_tensor(obj):
    return isinstance(obj, Tensor)


def cast(input, dtype):  # noqa: A002
    """``ops.cast``: floats go to unsigned types through Int64 (``-2.3`` -> UInt8 ``254``).
    ``dtype`` must be a MindSpore dtype (a numpy type or a string raises, as in MindSpore)."""
    if not isinstance(dtype, mstype.Type):
        raise TypeError(f"For 'Cast', the input 'dtype' should be mindspore dtype, but got {dtype}.")
    x = arr(input)
    dt = np_dtype(dtype)
    if x.dtype == dt:
        return wrap(x)
    if dt.kind == "u" and x.dtype.kind == "f":
        x = x.astype(_I64)
    if dt in (np.dtype(np.int32), _I64) and x.dtype.kind == "f":
        # x86 conversion, as MindSpore's CPU kernel: NaN and out-of-range values give INT_MIN
        # (XLA saturates instead)
        info = np.iinfo(dt)
        lo, hi = float(info.min), float(info.max) + 1.0
        bad = jnp.isnan(x) | (x < lo) | (x >= hi)
        return wrap(jnp.where(bad, jnp.array(info.min, dt), x.astype(dt)))
    return wrap(x.astype(dt))


def scalar_cast(input_x, input_y):
    """``ops.scalar_cast``: to Int64 (truncating), Float64 or Bool only."""
    t = mstype.as_ms_dtype(input_y)
    if t not in (mstype.int64, mstype.float64, mstype.bool_):
        raise ValueError(f"For 'ScalarCast', the supported type is in the list: "
                         f"[mindspore.int64, mindspore.float64, mindspore.bool], but got {t}")
    return mstype.dtype_to_pytype(t)(_py(input_x))


def identity(x):
    return wrap(arr(x))


def depend(value, expr):
    """``ops.depend``: returns ``value``; eager execution already orders ``expr`` before it."""
    return value


def meshgrid(*inputs, indexing="xy"):
    if len(inputs) == 1 and isinstance(inputs[0], (list, tuple)):
        inputs = inputs[0]
    if indexing not in ("xy", "ij"):
        raise ValueError(f"For 'meshgrid', 'indexing' must be 'xy' or 'ij', but got {indexing}.")
    return tuple(wrap(g) for g in jnp.meshgrid(*[arr(i) for i in inputs], indexing=indexing))


def cartesian_prod(*inputs):
    grids = jnp.meshgrid(*[arr(i) for i in inputs], indexing="ij")
    return wrap(jnp.stack([g.reshape(-1) for g in grids], axis=1))


def block_diag(*inputs):
    return wrap(jax.scipy.linalg.block_diag(*[jnp.atleast_2d(arr(i)) for i in inputs]))


__all__ = [n for n in dir() if not n.startswith("_") and n not in
           ("jax", "jnp", "np", "numbers", "builtins", "mstype", "Tensor", "R", "arr", "axis_arg",
            "np_dtype", "shape_arg", "wrap", "annotations")] + list(_index_all)
__all__ = sorted(set(__all__))
