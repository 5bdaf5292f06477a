"""Indexing ops of ``mindspore.ops`` (part of ``array_func``): where/select/masked ops,
gather/scatter families, slicing, diagonals, one-hot, segment reductions, searchsorted.

MindSpore semantics kept: ``ops.gather`` returns 0 for out-of-range indices (CPU), index outputs
(``nonzero``/``argwhere``) are Int64, ``one_hot`` without on/off values is Int64; the
``scatter_*`` ops whose first argument is a Parameter update it in place through the state binding
(``_src/state.py``) and return the new value.
"""
from __future__ import annotations

import builtins

import jax
import jax.numpy as jnp
import numpy as np

from ..._src import promotion
from ..._src import state
from ..._src.tensor import Tensor
from . import _op_dtypes as R
from ._util import arr, wrap

_I32 = np.dtype(np.int32)
_I64 = np.dtype(np.int64)
_BOOL = np.dtype(np.bool_)
_pyslice = builtins.slice


def _idx(indices, prim="Gather"):
    i = arr(indices)
    if i.dtype.kind not in "iu":
        raise TypeError(f"For '{prim}', the type of 'indices' must be Int32 or Int64, but got "
                        f"{R.dtype_name(i.dtype)}.")
    return i


def _concrete(i):
    """``i`` as numpy when its values are known now (eager); None under a trace."""
    if isinstance(i, jax.core.Tracer) or not i.size:
        return None
    return np.asarray(i)


def _check_gather_range(i, n):
    """MindSpore CPU Gather's error for a (concrete) index >= ``n``."""
    hi = int(jnp.max(i))
    if hi >= n:
        raise RuntimeError(f"For 'Gather', the 'input_indices' should be in the range "
                           f"[0, {n}), but got {hi}, error_code[58]")


# ----------------------------------------------------------------------------- select
def where(condition, input, other):  # noqa: A002
    """``ops.where(condition, input, other)``: elementwise choice with broadcasting."""
    x, y = promotion.operands(input, other)
    return wrap(jnp.where(arr(condition), x, y))


def select(condition, input, other):  # noqa: A002
    return where(condition, input, other)


def masked_fill(input_x, mask, value):
    """``ops.masked_fill``: ``value`` is cast to ``input_x``'s dtype."""
    x = arr(input_x)
    m = arr(mask)
    if m.dtype != _BOOL:
        raise TypeError(f"For 'MaskedFill', the type of 'mask' must be Bool, but got "
                        f"{R.dtype_name(m.dtype)}.")
    if isinstance(value, Tensor):
        v = value._array()
        if v.dtype != x.dtype:
            raise TypeError(f"For 'MaskedFill', the 'value' must have the same dtype as "
                            f"'input_x' ({R.dtype_name(x.dtype)}), but got "
                            f"{R.dtype_name(v.dtype)}.")
    elif isinstance(value, float) and x.dtype.kind in "biu":
        raise TypeError(f"For 'MaskedFill', a float 'value' can not fill a "
                        f"{R.dtype_name(x.dtype)} tensor.")
    else:
        v = jnp.asarray(value, x.dtype)
    return wrap(jnp.where(m, v, x))


def masked_select(input, mask):  # noqa: A002
    x, m = arr(input), arr(mask)
    x, m = jnp.broadcast_arrays(x, m)
    return wrap(x[np.asarray(m)])


def masked_scatter(input, mask, source):  # noqa: A002
    x, m, s = arr(input), np.asarray(arr(mask)), arr(source)
    m = np.broadcast_to(m, x.shape)
    pos = np.nonzero(m.reshape(-1))[0]
    flat = x.reshape(-1).at[pos].set(s.reshape(-1)[:pos.size].astype(x.dtype))
    return wrap(flat.reshape(x.shape))


# ----------------------------------------------------------------------------- gather
def _take(x, i, axis):
    return jnp.take(x, i, axis=axis, mode="fill", fill_value=0)


def gather(input_params, input_indices, axis, batch_dims=0):
    """``ops.gather``: slices along ``axis``; out-of-range indices give 0 (MindSpore CPU)."""
    x = arr(input_params)
    i = _idx(input_indices)
    axis = int(axis)
    if axis < 0:
        axis += x.ndim
    if _concrete(i) is not None:
        n = x.shape[axis]
        _check_gather_range(i, n)
        i = jnp.where(i < 0, i + n, i)
    if batch_dims < 0:
        batch_dims += i.ndim
    fn = lambda a, b, ax=axis - batch_dims: _take(a, b, ax)  # noqa: E731
    for _ in range(batch_dims):
        fn = jax.vmap(fn)
    return wrap(fn(x, i))


def gather_d(x, dim, index):
    return gather_elements(x, dim, index)


def gather_elements(input, dim, index):  # noqa: A002
    x, i = arr(input), _idx(index, "GatherD")
    c = _concrete(i)
    if c is not None:
        n = x.shape[dim]
        bad = c[(c < -n) | (c >= n)]
        if bad.size:
            raise RuntimeError(f"For 'GatherD', the value of 'index' must be in [{-n}, {n}), but "
                               f"got: {int(bad[0])}")
    return wrap(jnp.take_along_axis(x, i, axis=dim, mode="clip"))


def gather_nd(input_x, indices):
    x, i = arr(input_x), _idx(indices, "GatherNd")
    return wrap(x[tuple(jnp.moveaxis(i, -1, 0))])


def index_select(input, axis, index):  # noqa: A002
    x, i = arr(input), _idx(index, "index_select")
    if i.ndim != 1:
        raise ValueError(f"For 'index_select', the 'index' must be 1-D, but got {i.ndim}-D.")
    if _concrete(i) is not None:
        _check_gather_range(i, x.shape[axis])
    return wrap(_take(x, i, axis))


def take(input, index):  # noqa: A002
    return wrap(jnp.take(arr(input).reshape(-1), _idx(index, "take"), mode="clip"))


# ----------------------------------------------------------------------------- scatter (functional)
def _nd_index(indices, shape=None, prim=None):
    """Index tuple of an N-d scatter. With ``shape``, concrete out-of-range rows raise
    MindSpore's error (JAX would drop those updates silently)."""
    i = _idx(indices, "TensorScatter")
    c = _concrete(i) if shape is not None else None
    if c is not None:
        rows = c.reshape(-1, c.shape[-1])
        limit = np.asarray(shape[:c.shape[-1]])
        bad = np.nonzero(((rows < 0) | (rows >= limit)).any(axis=1))[0]
        if bad.size:
            row = rows[bad[0]]
            if prim == "ScatterNd":
                k = int(np.nonzero((row < 0) | (row >= limit))[0][0])
                raise RuntimeError(f"For 'ScatterNd', each element in 'indices' should be "
                                   f"smaller than the value of shape, but got {int(row[k])} and "
                                   f"got the value of shape {int(limit[k])}")
            raise ValueError(f"For '{prim}', indices out of range for input_x. Please check the "
                             f"indices which is [const vector]{{{', '.join(str(int(v)) for v in row)}}}")
    return tuple(jnp.moveaxis(i, -1, 0))


def _tensor_scatter(method, prim, negate=False):
    def op(input_x, indices, updates):
        x = arr(input_x)
        u = arr(updates).astype(x.dtype)
        return wrap(getattr(x.at[_nd_index(indices, x.shape, prim)], method)(-u if negate else u))
    return op


tensor_scatter_update = _tensor_scatter("set", "TensorScatterUpdate")
tensor_scatter_add = _tensor_scatter("add", "TensorScatterAdd")
tensor_scatter_mul = _tensor_scatter("multiply", "TensorScatterMul")
tensor_scatter_max = _tensor_scatter("max", "TensorScatterMax")
tensor_scatter_min = _tensor_scatter("min", "TensorScatterMin")
tensor_scatter_sub = _tensor_scatter("add", "TensorScatterSub", negate=True)
tensor_scatter_div = _tensor_scatter("divide", "TensorScatterDiv")


def scatter_nd(indices, updates, shape):
    u = arr(updates)
    shape = tuple(int(s) for s in shape)
    z = jnp.zeros(shape, u.dtype)
    return wrap(z.at[_nd_index(indices, shape, "ScatterNd")].add(u))


def _elements_index(x, axis, index):
    i = _idx(index, "TensorScatterElements")
    grids = list(jnp.meshgrid(*[jnp.arange(s) for s in i.shape], indexing="ij"))
    grids[axis % x.ndim] = i
    return tuple(grids)


def tensor_scatter_elements(input_x, indices, updates, axis=0, reduction="none"):
    x = arr(input_x)
    u = arr(updates).astype(x.dtype)
    where_ = x.at[_elements_index(x, axis, indices)]
    if reduction == "none":
        return wrap(where_.set(u))
    if reduction == "add":
        return wrap(where_.add(u))
    if reduction == "mul":
        return wrap(where_.multiply(u))
    raise ValueError(f"For 'TensorScatterElements', 'reduction' must be 'none', 'add' or 'mul', "
                     f"but got {reduction}.")


def scatter(input, axis, index, src):  # noqa: A002
    """``ops.scatter``: ``input[..., index[i][j], ...] = src[i][j]`` along ``axis``."""
    if not isinstance(src, Tensor):
        x = arr(input)
        src = Tensor(jnp.full(arr(index).shape, src, x.dtype))
    return tensor_scatter_elements(input, index, src, axis)


def index_add(x, indices, y, axis, use_lock=True, check_index_bound=True):
    """``ops.index_add``: adds slices of ``y`` at ``indices`` along ``axis``; a Parameter ``x`` is
    updated in place (as MindSpore's InplaceIndexAdd does) and the new value returned."""
    a = _read(x)
    i = _idx(indices, "IndexAdd")
    moved = jnp.moveaxis(a, axis, 0).at[i].add(jnp.moveaxis(arr(y).astype(a.dtype), axis, 0))
    return _write(x, jnp.moveaxis(moved, 0, axis))


def index_fill(x, axis, index, value):
    a = arr(x)
    i = _idx(index, "IndexFill")
    v = arr(value).astype(a.dtype)
    moved = jnp.moveaxis(a, axis, 0).at[i].set(v)
    return wrap(jnp.moveaxis(moved, 0, axis))


# ----------------------------------------------------------------------------- scatter (Parameter)
def _is_param(x):
    from ..._src.parameter import Parameter
    return isinstance(x, Parameter)


def _read(x):
    return state.read(x) if _is_param(x) else arr(x)


def _write(x, value):
    if _is_param(x):
        state.write(x, value)
    return wrap(value)


def _param_scatter(name, combine):
    def op(input_x, indices, updates, *args, **kwargs):
        from ..._src.parameter import Parameter
        if not isinstance(input_x, Parameter):
            raise TypeError(f"For '{name}', the 'input_x' must be a Parameter, but got "
                            f"{type(input_x).__name__}.")
        x = state.read(input_x)
        u = arr(updates).astype(x.dtype)
        new = combine(x, indices, u)
        state.write(input_x, new)
        return wrap(new)
    op.__name__ = name
    return op


def _rows(method):
    return lambda x, i, u: getattr(x.at[_idx(i, "Scatter")], method)(u)


def _nd(method):
    return lambda x, i, u: getattr(x.at[_nd_index(i)], method)(u)


scatter_update = _param_scatter("ScatterUpdate", _rows("set"))
scatter_add = _param_scatter("ScatterAdd", _rows("add"))
scatter_sub = _param_scatter("ScatterSub", lambda x, i, u: x.at[_idx(i)].add(-u))
scatter_mul = _param_scatter("ScatterMul", _rows("multiply"))
scatter_div = _param_scatter("ScatterDiv", _rows("divide"))
scatter_max = _param_scatter("ScatterMax", _rows("max"))
scatter_min = _param_scatter("ScatterMin", _rows("min"))
scatter_nd_update = _param_scatter("ScatterNdUpdate", _nd("set"))
scatter_nd_add = _param_scatter("ScatterNdAdd", _nd("add"))
scatter_nd_sub = _param_scatter("ScatterNdSub", lambda x, i, u: x.at[_nd_index(i)].add(-u))
scatter_nd_mul = _param_scatter("ScatterNdMul", _nd("multiply"))
scatter_nd_div = _param_scatter("ScatterNdDiv", _nd("divide"))
scatter_nd_max = _param_scatter("ScatterNdMax", _nd("max"))
scatter_nd_min = _param_scatter("ScatterNdMin", _nd("min"))


# ----------------------------------------------------------------------------- slicing
def slice(input_x, begin, size):  # noqa: A001
    """``ops.slice``: ``size[i] == -1`` takes everything from ``begin[i]``."""
    x = arr(input_x)
    begin = [int(b) for b in begin]
    size = [x.shape[k] - b if int(s) == -1 else int(s) for k, (b, s) in enumerate(zip(begin, size))]
    for k, (b, s) in enumerate(zip(begin, size)):
        if b < 0 or s < 0 or b + s > x.shape[k]:
            raise ValueError(f"For 'Slice', the sum of 'begin' and 'size' must not exceed the "
                             f"input shape: begin[{k}]={b}, size[{k}]={s}, "
                             f"input_shape[{k}]={x.shape[k]}.")
    return wrap(jax.lax.slice(x, begin, [b + s for b, s in zip(begin, size)]))


def strided_slice(input_x, begin, end, strides, begin_mask=0, end_mask=0, ellipsis_mask=0,
                  new_axis_mask=0, shrink_axis_mask=0):
    """``ops.strided_slice`` with TensorFlow's mask semantics."""
    x = arr(input_x)
    index = []
    for k, (b, e, s) in enumerate(zip(begin, end, strides)):
        bit = 1 << k
        if ellipsis_mask & bit:
            index.append(Ellipsis)
        elif new_axis_mask & bit:
            index.append(None)
        elif shrink_axis_mask & bit:
            index.append(int(b))
        else:
            index.append(_pyslice(None if begin_mask & bit else int(b),
                                  None if end_mask & bit else int(e), int(s)))
    return wrap(x[tuple(index)])




def narrow(input, axis, start, length):  # noqa: A002
    x = arr(input)
    start = int(start) % x.shape[axis] if int(start) < 0 else int(start)
    return wrap(jax.lax.slice_in_dim(x, start, start + int(length), axis=axis))


def select_scatter(input, src, axis, index):  # noqa: A002
    x = arr(input)
    moved = jnp.moveaxis(x, axis, 0).at[index].set(arr(src).astype(x.dtype))
    return wrap(jnp.moveaxis(moved, 0, axis))


def slice_scatter(input, src, axis=0, start=None, end=None, step=1):  # noqa: A002
    x = arr(input)
    idx = [_pyslice(None)] * x.ndim
    idx[axis] = _pyslice(start, end, step)
    return wrap(x.at[tuple(idx)].set(arr(src).astype(x.dtype)))


def diagonal_scatter(input, src, offset=0, dim1=0, dim2=1):  # noqa: A002
    x = arr(input)
    moved = jnp.moveaxis(x, (dim1, dim2), (-2, -1))
    n, m = moved.shape[-2:]
    rows = jnp.arange(builtins.max(0, builtins.min(n, m - offset) if offset >= 0 else
                                   builtins.min(n + offset, m)))
    r = rows + builtins.max(-offset, 0)
    c = rows + builtins.max(offset, 0)
    moved = moved.at[..., r, c].set(arr(src).astype(x.dtype))
    return wrap(jnp.moveaxis(moved, (-2, -1), (dim1, dim2)))


def inplace_update(x, v, indices):
    """``ops.inplace_update``: rows ``indices`` of ``x`` (along axis 0) replaced by ``v``."""
    a = arr(x)
    i = jnp.asarray(indices if not isinstance(indices, Tensor) else arr(indices))
    return wrap(a.at[i].set(arr(v).astype(a.dtype)))


# ----------------------------------------------------------------------------- triangles, diagonals
def tril(input, diagonal=0):  # noqa: A002
    x = arr(input)
    R.rule("tril", "Tril")(x.dtype)
    return wrap(jnp.tril(x, diagonal))


def triu(input, diagonal=0):  # noqa: A002
    x = arr(input)
    R.rule("triu", "Triu")(x.dtype)
    return wrap(jnp.triu(x, diagonal))


def matrix_band_part(x, lower, upper):
    a = arr(x)
    m, n = a.shape[-2:]
    i = jnp.arange(m)[:, None]
    j = jnp.arange(n)[None, :]
    keep = jnp.ones((m, n), bool)
    if int(lower) >= 0:
        keep &= (i - j) <= int(lower)
    if int(upper) >= 0:
        keep &= (j - i) <= int(upper)
    return wrap(jnp.where(keep, a, jnp.zeros_like(a)))


def diag(input):  # noqa: A002
    """``ops.diag``: a tensor with ``input`` on the diagonal (shape ``input.shape * 2``)."""
    x = arr(input)
    R.rule("diag", "Diag")(x.dtype)
    n = x.size
    out = jnp.zeros((n, n), x.dtype).at[jnp.arange(n), jnp.arange(n)].set(x.reshape(-1))
    return wrap(out.reshape(x.shape + x.shape))


def diagonal(input, offset=0, dim1=0, dim2=1):  # noqa: A002
    return wrap(jnp.diagonal(arr(input), offset, dim1, dim2))


def diagflat(input, offset=0):  # noqa: A002
    return wrap(jnp.diagflat(arr(input), offset))


def diag_embed(input, offset=0, dim1=-2, dim2=-1):  # noqa: A002
    x = arr(input)
    k = x.shape[-1]
    n = k + builtins.abs(offset)
    rows = jnp.arange(k) + builtins.max(-offset, 0)
    cols = jnp.arange(k) + builtins.max(offset, 0)
    out = jnp.zeros(x.shape[:-1] + (n, n), x.dtype).at[..., rows, cols].set(x)
    nd = out.ndim
    return wrap(jnp.moveaxis(out, (nd - 2, nd - 1), (dim1 % nd, dim2 % nd)))


# ----------------------------------------------------------------------------- misc
def nonzero(input, *, as_tuple=False):  # noqa: A002
    """``ops.nonzero``: Int64 ``[N, ndim]`` coordinates (or a tuple of per-axis Int64 indices)."""
    x = np.asarray(arr(input))
    R.rule("nonzero", "NonZero")(x.dtype)
    nz = np.nonzero(x.reshape(1) if x.ndim == 0 else x)
    if as_tuple:
        return tuple(wrap(jnp.asarray(i.astype(_I64))) for i in nz)
    coords = np.stack(nz, axis=-1).astype(_I64).reshape(-1, builtins.max(x.ndim, 1))
    return wrap(jnp.asarray(coords))


def argwhere(input):  # noqa: A002
    return nonzero(input)


def one_hot(indices, depth, on_value=1, off_value=0, axis=-1):
    """``ops.one_hot``: the result dtype is ``on_value``'s (Int64 for the default ints)."""
    idx = arr(indices)
    on, off = arr(on_value), arr(off_value)
    oh = jnp.arange(int(depth)) == idx[..., None]
    if axis != -1:
        oh = jnp.moveaxis(oh, -1, axis)
    return wrap(jnp.where(oh, on, off.astype(on.dtype)))


def sequence_mask(lengths, maxlen=None):
    n = arr(lengths)
    m = int(jnp.max(n)) if maxlen is None else int(maxlen)
    return wrap(jnp.arange(m) < n[..., None])


def _segment(fn, init_name):
    """Segment reductions; an empty segment of max/min gets the dtype's lowest/highest finite
    value (MindSpore's initial value), not +-inf."""
    def op(input_x, segment_ids, num_segments):
        x, s = arr(input_x), arr(segment_ids)
        n = int(num_segments.item() if isinstance(num_segments, Tensor) else num_segments)
        r = fn(x, s, num_segments=n)
        if x.dtype.kind == "f" and fn in (jax.ops.segment_max, jax.ops.segment_min):
            info = jnp.finfo(x.dtype)
            r = jnp.where(jnp.isneginf(r), info.min, jnp.where(jnp.isposinf(r), info.max, r))
        return wrap(r.astype(x.dtype))
    op.__name__ = init_name
    return op


unsorted_segment_sum = _segment(jax.ops.segment_sum, "unsorted_segment_sum")
unsorted_segment_prod = _segment(jax.ops.segment_prod, "unsorted_segment_prod")
unsorted_segment_max = _segment(jax.ops.segment_max, "unsorted_segment_max")
unsorted_segment_min = _segment(jax.ops.segment_min, "unsorted_segment_min")


def searchsorted(sorted_sequence, values, *, out_int32=False, right=False, side=None, sorter=None):
    seq, v = arr(sorted_sequence), arr(values)
    side = side or ("right" if right else "left")
    if sorter is not None:
        seq = jnp.take_along_axis(seq, arr(sorter), axis=-1)
    if seq.ndim == 1:
        r = jnp.searchsorted(seq, v, side=side)
    else:
        r = jax.vmap(lambda s, q: jnp.searchsorted(s, q, side=side))(
            seq.reshape(-1, seq.shape[-1]), v.reshape(-1, v.shape[-1])).reshape(v.shape)
    return wrap(r.astype(_I32 if out_int32 else _I64))


def bucketize(input, boundaries, *, right=False):  # noqa: A002
    b = jnp.asarray(boundaries if not isinstance(boundaries, Tensor) else arr(boundaries))
    x = arr(input)
    return wrap(jnp.searchsorted(b, x, side="right" if right else "left").astype(_I32))


__all__ = [n for n, v in list(globals().items()) if not n.startswith("_") and callable(v)
           and getattr(v, "__module__", None) == __name__ and n not in
           ("arr", "wrap")] + \
    ["tensor_scatter_update", "tensor_scatter_add", "tensor_scatter_mul", "tensor_scatter_max",
     "tensor_scatter_min", "scatter_update", "scatter_add", "scatter_sub", "scatter_mul",
     "scatter_div", "scatter_max", "scatter_min", "scatter_nd_update", "scatter_nd_add",
     "scatter_nd_sub", "scatter_nd_mul", "scatter_nd_div", "scatter_nd_max", "scatter_nd_min",
     "unsorted_segment_sum", "unsorted_segment_prod", "unsorted_segment_max",
     "unsorted_segment_min"]
__all__ = sorted(set(__all__))
