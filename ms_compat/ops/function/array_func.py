"""``mindspore.ops`` array functions (``mindspore/ops/function/array_func.py``).

Creation functions default to Float32 (``ops.ones((2, 3))``), never to JAX's x64 default.
"""
from __future__ import annotations

import jax.numpy as jnp
import numpy as np

from ..._src import dtype as mstype
from ..._src.tensor import Tensor
from ._util import arr, axis_arg, check_tensor, np_dtype, shape_arg, wrap

_F32 = np.dtype(np.float32)


def ones(shape, dtype=None):
    return wrap(jnp.ones(shape_arg("ones", shape), np_dtype(dtype, mstype.float32)))


def zeros(size, dtype=None):
    return wrap(jnp.zeros(shape_arg("zeros", size), np_dtype(dtype, mstype.float32)))


def full(size, fill_value, *, dtype=None):
    if dtype is None:
        dtype = mstype.as_ms_dtype(Tensor(fill_value).dtype)
    return wrap(jnp.full(shape_arg("full", size), arr(fill_value), np_dtype(dtype)))


def fill(type, shape, value):  # noqa: A002
    return wrap(jnp.full(shape_arg("fill", shape), arr(value), np_dtype(type)))


def ones_like(input, *, dtype=None):
    x = arr(input)
    return wrap(jnp.ones(x.shape, np_dtype(dtype) or x.dtype))


def zeros_like(input, *, dtype=None):
    x = arr(input)
    return wrap(jnp.zeros(x.shape, np_dtype(dtype) or x.dtype))


def full_like(input, fill_value, *, dtype=None):
    x = arr(input)
    return wrap(jnp.full(x.shape, arr(fill_value), np_dtype(dtype) or x.dtype))


def arange(start=0, end=None, step=1, *, dtype=None):
    if end is None:
        start, end = 0, start
    vals = [v.item() if isinstance(v, Tensor) else v for v in (start, end, step)]
    if dtype is None:
        dt = np.int64 if all(isinstance(v, (int, np.integer)) for v in vals) else np.float32
    else:
        dt = np_dtype(dtype)
    return wrap(jnp.arange(*vals, dtype=dt))


def linspace(start, end, steps):
    return wrap(jnp.linspace(float(start), float(end), int(steps), dtype=_F32))


def eye(n, m=None, dtype=None):
    return wrap(jnp.eye(n, m, dtype=np_dtype(dtype, mstype.float32)))


def _seq(name, tensors):
    if not isinstance(tensors, (list, tuple)):
        raise TypeError(f"For '{name}', the input must be a list or tuple of tensors, but got "
                        f"{type(tensors)}.")
    arrays = [arr(t) for t in tensors]
    dt = arrays[0].dtype
    for a in arrays[1:]:
        dt = jnp.promote_types(dt, a.dtype)
    return [a.astype(dt) for a in arrays]


def concat(tensors, axis=0):
    return wrap(jnp.concatenate(_seq("concat", tensors), axis=axis))


cat = concat


def stack(tensors, axis=0):
    return wrap(jnp.stack(_seq("stack", tensors), axis=axis))


def hstack(tensors):
    return wrap(jnp.hstack(_seq("hstack", tensors)))


def vstack(inputs):
    return wrap(jnp.vstack(_seq("vstack", inputs)))


def reshape(input, shape):
    return wrap(jnp.reshape(arr(input), shape_arg("reshape", shape)))


def transpose(input, input_perm):
    return wrap(jnp.transpose(arr(input), tuple(input_perm)))


def permute(input, axis):
    return wrap(jnp.transpose(arr(input), tuple(axis)))


def swapaxes(input, axis0, axis1):
    return wrap(jnp.swapaxes(arr(input), axis0, axis1))


def squeeze(input, axis=None):
    return wrap(jnp.squeeze(arr(input), axis=axis_arg(axis)))


def expand_dims(input_x, axis):
    return wrap(jnp.expand_dims(arr(input_x), axis))


unsqueeze = expand_dims


def flatten(input, order="C", *, start_dim=1, end_dim=-1):
    """``ops.flatten``: keeps dim 0 by default (MindSpore's ``start_dim=1``)."""
    x = arr(input)
    if x.ndim == 0:
        return wrap(x.reshape(1))
    s = start_dim % x.ndim
    e = end_dim % x.ndim
    shape = x.shape[:s] + (-1,) + x.shape[e + 1:]
    return wrap(x.reshape(shape))


def cast(input, dtype):
    return wrap(arr(input).astype(np_dtype(dtype)))


def broadcast_to(input, shape):
    x = arr(input)
    shape = tuple(x.shape[i - len(shape) + x.ndim] if s == -1 else s for i, s in enumerate(shape))
    return wrap(jnp.broadcast_to(x, shape))


def tile(input, dims):
    return wrap(jnp.tile(arr(input), tuple(dims)))


def where(condition, input=None, other=None):
    if input is None and other is None:
        return tuple(wrap(i.astype(np.int64)) for i in jnp.nonzero(arr(condition)))
    from ..._src import promotion
    x, y = promotion.operands(input, other)
    return wrap(jnp.where(arr(condition), x, y))


def select(cond, x, y):
    return where(cond, x, y)


def masked_fill(input_x, mask, value):
    x = arr(input_x)
    return wrap(jnp.where(arr(mask), arr(value, mstype.from_np_dtype(x.dtype)), x))


def gather(input_params, input_indices, axis, batch_dims=0):
    return wrap(jnp.take(arr(input_params), arr(input_indices), axis=axis))


def gather_elements(input, dim, index):
    return wrap(jnp.take_along_axis(arr(input), arr(index), axis=dim))


def index_select(input, axis, index):
    return wrap(jnp.take(arr(input), arr(index), axis=axis))


def split(tensor, split_size_or_sections, axis=0):
    x = arr(tensor)
    n = x.shape[axis]
    if isinstance(split_size_or_sections, int):
        idx = list(range(split_size_or_sections, n, split_size_or_sections))
    else:
        idx = list(np.cumsum(split_size_or_sections)[:-1])
    return tuple(wrap(p) for p in jnp.split(x, idx, axis=axis))


def chunk(input, chunks, axis=0):
    x = arr(input)
    size = -(-x.shape[axis] // chunks)
    return split(input, size, axis)


def unbind(input, dim=0):
    x = arr(input)
    return tuple(wrap(jnp.take(x, i, axis=dim)) for i in range(x.shape[dim]))


def flip(input, dims):
    return wrap(jnp.flip(arr(input), axis=tuple(dims)))


def one_hot(indices, depth, on_value=1, off_value=0, axis=-1):
    idx = arr(indices)
    on, off = arr(on_value), arr(off_value)
    oh = jnp.moveaxis(jnp.arange(depth) == idx[..., None], -1, axis)
    return wrap(jnp.where(oh, on, off))


def numel(input):
    return int(np.prod(arr(input).shape))


def size(input):
    return numel(input)


def rank(input_x):
    return arr(input_x).ndim


def shape(input_x):
    return tuple(arr(input_x).shape)


def tensor_scatter_update(input_x, indices, updates):
    x, idx = arr(input_x), arr(indices)
    return wrap(x.at[tuple(jnp.moveaxis(idx, -1, 0))].set(arr(updates).astype(x.dtype)))


def tensor_scatter_add(input_x, indices, updates):
    x, idx = arr(input_x), arr(indices)
    return wrap(x.at[tuple(jnp.moveaxis(idx, -1, 0))].add(arr(updates).astype(x.dtype)))


def nonzero(input, *, as_tuple=False):
    idx = jnp.stack(jnp.nonzero(arr(input)), axis=-1).astype(np.int64)
    if as_tuple:
        return tuple(wrap(idx[:, i]) for i in range(idx.shape[1]))
    return wrap(idx)


def sort(input_x, axis=-1, descending=False):
    x = arr(input_x)
    idx = jnp.argsort(-x if descending else x, axis=axis, stable=True)
    return wrap(jnp.take_along_axis(x, idx, axis=axis)), wrap(idx.astype(np.int32))


def topk(input, k, dim=None, largest=True, sorted=True):  # noqa: A002
    import jax
    x = arr(input)
    axis = -1 if dim is None else dim
    xm = jnp.moveaxis(x, axis, -1)
    vals, idx = jax.lax.top_k(xm if largest else -xm, k)
    if not largest:
        vals = -vals
    return wrap(jnp.moveaxis(vals, -1, axis)), wrap(jnp.moveaxis(idx, -1, axis).astype(np.int64))


def is_tensor(obj):
    return isinstance(obj, Tensor)


def scalar_to_tensor(input_x, dtype=None):
    return Tensor(input_x, dtype if dtype is not None else mstype.float32)


def tuple_to_array(input_x):
    return Tensor(input_x)


__all__ = [n for n in dir() if not n.startswith("_") and n not in
           ("jnp", "np", "mstype", "Tensor", "arr", "axis_arg", "check_tensor", "np_dtype",
            "shape_arg", "wrap", "annotations")]
