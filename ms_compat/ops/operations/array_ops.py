"""``mindspore.ops.operations.array_ops``: array Primitive classes (``ops.Reshape()``,
``ops.Concat(axis)``, ``ops.Split(axis, output_num)``, ``ops.Gather()``, ``ops.Shape()`` ...).

Primitive-specific MindSpore behaviours: ``Split`` needs an even split (ValueError otherwise),
``Squeeze(axis)`` rejects an axis whose size is not 1, ``OneHot`` takes ``(indices, depth,
on_value, off_value)``, ``Fill()(dtype, shape, value)``, ``TopK(sorted)(x, k)`` returns Int32
indices, ``Unique`` returns ``(values, Int32 indices)``.
"""
from __future__ import annotations

import jax.numpy as jnp

from ..._src import dtype as mstype
from ..function import array_func as A
from ..function._util import arr, wrap
from ..primitive import Primitive
from ._base import TYPE_ID, fn_prim

_M = __name__

_SIMPLE = {
    "Reshape": A.reshape, "Transpose": A.transpose, "Cast": A.cast, "ExpandDims": A.expand_dims,
    "Tile": A.tile, "ZerosLike": A.zeros_like, "OnesLike": A.ones_like,
    "Shape": A.shape, "TensorShape": A.dyn_shape, "DynamicShape": A.dyn_shape, "DType": A.dtype,
    "Rank": A.rank, "Size": A.size, "GatherNd": A.gather_nd, "GatherD": A.gather_d,
    "Select": A.select, "Slice": A.slice, "TensorScatterUpdate": A.tensor_scatter_update,
    "TensorScatterAdd": A.tensor_scatter_add, "TensorScatterSub": A.tensor_scatter_sub,
    "TensorScatterMul": A.tensor_scatter_mul, "TensorScatterDiv": A.tensor_scatter_div,
    "TensorScatterMax": A.tensor_scatter_max, "TensorScatterMin": A.tensor_scatter_min,
    "ScatterNd": A.scatter_nd, "MaskedFill": A.masked_fill, "MaskedSelect": A.masked_select,
    "MaskedScatter": A.masked_scatter, "NonZero": A.nonzero, "Eye": A.eye,
    "LinSpace": A.linspace, "UnsortedSegmentSum": A.unsorted_segment_sum,
    "UnsortedSegmentMax": A.unsorted_segment_max, "UnsortedSegmentMin": A.unsorted_segment_min,
    "UnsortedSegmentProd": A.unsorted_segment_prod, "Diag": A.diag, "Identity": A.identity,
    "ScalarCast": A.scalar_cast, "Zeros": A.zeros, "Ones": A.ones,
    "Fills": A.fills, "MatrixBandPart": A.matrix_band_part, "Expand": A.broadcast_to,
    "IndexFill": A.index_fill, "SearchSorted_": A.searchsorted,
}
_ATTRS = {"DynamicShape": dict(is_dynamic_shape=True), "Expand": dict(max_length=1000000)}
for _name, _fn in _SIMPLE.items():
    if not _name.endswith("_"):
        globals()[_name] = fn_prim(_name, _fn, _M, attrs=_ATTRS.get(_name))


class Concat(Primitive):
    """``ops.Concat(axis=0)(tensors)``."""

    def __init__(self, axis=0):
        self._init(axis=axis)
        self._axis = axis

    def __call__(self, *tensors):
        xs = tensors[0] if len(tensors) == 1 and isinstance(tensors[0], (list, tuple)) else tensors
        return A.concat(xs, self._axis)


class Stack(Primitive):
    """``ops.Stack(axis=0)(tensors)`` (also ``Pack``)."""

    def __init__(self, axis=0):
        self._init(axis=axis)
        self._axis = axis

    def __call__(self, *tensors):
        xs = tensors[0] if len(tensors) == 1 and isinstance(tensors[0], (list, tuple)) else tensors
        return A.stack(xs, self._axis)


class Pack(Stack):
    def __init__(self, axis=0):
        super().__init__(axis)
        self.attrs = {}


class Unstack(Primitive):
    """``ops.Unstack(axis=0, num=None)(x)``: a tuple of slices along ``axis``."""

    def __init__(self, axis=0, num=None):
        self._init(axis=axis, num=num)
        self._axis = axis

    def __call__(self, input_x):
        return A.unstack(input_x, self._axis)


class Unpack(Unstack):
    def __init__(self, axis=0):
        super().__init__(axis)
        self.attrs = {}


class Split(Primitive):
    """``ops.Split(axis=0, output_num=1)(x)``: ``output_num`` equal parts."""

    def __init__(self, axis=0, output_num=1):
        self._init(axis=axis, output_num=output_num)
        self._axis, self._n = axis, output_num

    def __call__(self, input_x):
        x = arr(input_x)
        d = x.shape[self._axis]
        if d % self._n:
            raise ValueError(f"For 'Split', x_shape[{self._axis}] must be divisible by "
                             f"output_num = {self._n}, but got {d}")
        return tuple(wrap(p) for p in jnp.split(x, self._n, axis=self._axis))


class Squeeze(Primitive):
    """``ops.Squeeze(axis=())(x)``: a named axis whose size is not 1 is kept (MindSpore CPU)."""

    def __init__(self, axis=()):
        axis = (axis,) if isinstance(axis, int) else tuple(axis)
        self._init(axis=axis)
        self._axis = axis

    def __call__(self, input):  # noqa: A002
        x = arr(input)
        if not self._axis:
            return wrap(jnp.squeeze(x))
        for a in self._axis:
            if not -x.ndim <= a < x.ndim:
                raise ValueError(f"For 'Squeeze', the 'axis' must be in range [{-x.ndim}, "
                                 f"{x.ndim}), but got {a}.")
        return A.squeeze(input, self._axis)


class Flatten(Primitive):
    """``ops.Flatten()(x)``: keeps dim 0, flattens the rest."""

    def __init__(self):
        self._init()

    def __call__(self, input_x):
        x = arr(input_x)
        return wrap(x.reshape((x.shape[0] if x.ndim else 1, -1)))


class OneHot(Primitive):
    """``ops.OneHot(axis=-1)(indices, depth, on_value, off_value)``."""

    def __init__(self, axis=-1):
        self._init(axis=axis)
        self._axis = axis

    def __call__(self, indices, depth, on_value, off_value):
        return A.one_hot(indices, depth, on_value, off_value, self._axis)


class Fill(Primitive):
    """``ops.Fill()(dtype, shape, value)``."""

    def __init__(self):
        self._init()

    def __call__(self, dtype, dims, x):
        return A.fill(dtype, dims, x)


class Gather(Primitive):
    """``ops.Gather(batch_dims=0)(params, indices, axis)`` (also ``GatherV2``)."""

    def __init__(self, batch_dims=0):
        self._init(batch_dims=batch_dims)
        self._bd = batch_dims

    def __call__(self, input_params, input_indices, axis):
        return A.gather(input_params, input_indices, axis, self._bd)


GatherV2 = type("GatherV2", (Gather,), {"__module__": _M})
class SparseGatherV2(Gather):
    def __init__(self):
        super().__init__(0)
        self.attrs = {"bprop_return_sparse": True}


class StridedSlice(Primitive):
    def __init__(self, begin_mask=0, end_mask=0, ellipsis_mask=0, new_axis_mask=0,
                 shrink_axis_mask=0):
        self._init(begin_mask=begin_mask, end_mask=end_mask, ellipsis_mask=ellipsis_mask,
                   new_axis_mask=new_axis_mask, shrink_axis_mask=shrink_axis_mask)
        self._masks = (begin_mask, end_mask, ellipsis_mask, new_axis_mask, shrink_axis_mask)

    def __call__(self, input_x, begin, end, strides):
        return A.strided_slice(input_x, begin, end, strides, *self._masks)


class BroadcastTo(Primitive):
    def __init__(self, shape):
        self._init(shape=tuple(shape))
        self._shape = tuple(shape)

    def __call__(self, input):  # noqa: A002
        return A.broadcast_to(input, self._shape)


class TopK(Primitive):
    """``ops.TopK(sorted=True)(x, k)``: ``(values, Int32 indices)`` along the last axis."""

    def __init__(self, sorted=True):  # noqa: A002
        self._init(sorted=sorted)

    def __call__(self, input_x, k):
        return A.topk(input_x, int(k))


class Sort(Primitive):
    def __init__(self, axis=-1, descending=False):
        self._init(axis=axis, descending=descending)
        self._axis, self._desc = axis, descending

    def __call__(self, x):
        return A.sort(x, self._axis, self._desc)


class ReverseV2(Primitive):
    def __init__(self, axis):
        self._init(axis=tuple(axis))
        self._axis = tuple(axis)

    def __call__(self, input):  # noqa: A002
        return A.flip(input, self._axis)


class Range(Primitive):
    def __init__(self, maxlen=1000000):
        self._init(maxlen=maxlen)

    def __call__(self, start, end, step):
        return A.range(start, end, step)


class Meshgrid(Primitive):
    def __init__(self, indexing="xy"):
        self._init(indexing={"ij": 0, "xy": 1}.get(indexing, indexing))
        self._indexing = indexing

    def __call__(self, inputs):
        return A.meshgrid(*inputs, indexing=self._indexing)


class Tril(Primitive):
    def __init__(self, diagonal=0):
        self._init(diagonal=diagonal)
        self._d = diagonal

    def __call__(self, x):
        return A.tril(x, self._d)


class Triu(Primitive):
    def __init__(self, diagonal=0):
        self._init(diagonal=diagonal)
        self._d = diagonal

    def __call__(self, input):  # noqa: A002
        return A.triu(input, self._d)


class Unique(Primitive):
    def __init__(self):
        self._init()

    def __call__(self, input_x):
        return A.unique(input_x)


class Roll(Primitive):
    def __init__(self, shifts, dims=None):
        self._init(shifts=(shifts,) if isinstance(shifts, int) else tuple(shifts), dims=dims)
        self._s, self._d = shifts, dims

    def __call__(self, input):  # noqa: A002
        return A.roll(input, self._s, self._d)


class TensorScatterElements(Primitive):
    def __init__(self, axis=0, reduction="none"):
        self._init(axis=axis, reduce={"none": 0, "add": 1, "mul": 2}.get(reduction, reduction))
        self._axis, self._red = axis, reduction

    def __call__(self, data, indices, updates):
        return A.tensor_scatter_elements(data, indices, updates, self._axis, self._red)


def _param_scatter_prim(name, fn, default_lock):
    def __init__(self, use_locking=default_lock):
        self._init(use_locking=use_locking, side_effect_mem=True)

    def __call__(self, input_x, indices, updates):
        return fn(input_x, indices, updates)

    return type(name, (Primitive,), {"__init__": __init__, "__call__": __call__,
                                     "__module__": _M,
                                     "__doc__": f"``ops.{name}``: updates a Parameter in place."})


ScatterUpdate = _param_scatter_prim("ScatterUpdate", A.scatter_update, True)
ScatterNdUpdate = _param_scatter_prim("ScatterNdUpdate", A.scatter_nd_update, True)
ScatterAdd = _param_scatter_prim("ScatterAdd", A.scatter_add, False)
ScatterSub = _param_scatter_prim("ScatterSub", A.scatter_sub, False)
ScatterMul = _param_scatter_prim("ScatterMul", A.scatter_mul, False)
ScatterDiv = _param_scatter_prim("ScatterDiv", A.scatter_div, False)
ScatterMax = _param_scatter_prim("ScatterMax", A.scatter_max, False)
ScatterMin = _param_scatter_prim("ScatterMin", A.scatter_min, False)
ScatterNdAdd = _param_scatter_prim("ScatterNdAdd", A.scatter_nd_add, False)
ScatterNdSub = _param_scatter_prim("ScatterNdSub", A.scatter_nd_sub, False)
ScatterNdMul = _param_scatter_prim("ScatterNdMul", A.scatter_nd_mul, False)
ScatterNdDiv = _param_scatter_prim("ScatterNdDiv", A.scatter_nd_div, False)
ScatterNdMax = _param_scatter_prim("ScatterNdMax", A.scatter_nd_max, False)
ScatterNdMin = _param_scatter_prim("ScatterNdMin", A.scatter_nd_min, False)


class IndexAdd(Primitive):
    def __init__(self, axis, use_lock=True, check_index_bound=True):
        self._init(axis=axis, use_lock=use_lock, check_index_bound=check_index_bound,
                   side_effect_mem=True)
        self._axis = axis

    def __call__(self, input_x, indices, input_y):
        return A.index_add(input_x, indices, input_y, self._axis)


class ScalarToTensor(Primitive):
    def __init__(self):
        self._init()

    def __call__(self, x, dtype=mstype.float32):
        return A.scalar_to_tensor(x, dtype)


class TupleToArray(Primitive):
    def __init__(self):
        self._init()

    def __call__(self, input_x):
        return A.tuple_to_array(input_x)


ScalarToArray = fn_prim("ScalarToArray", A.scalar_to_array, _M)


class InvertPermutation(Primitive):
    def __init__(self):
        self._init()

    def __call__(self, input_x):
        perm = [int(v) for v in input_x]
        inv = [0] * len(perm)
        for i, p in enumerate(perm):
            inv[p] = i
        return tuple(inv)


class ReverseSequence(Primitive):
    def __init__(self, seq_dim, batch_dim=0):
        self._init(seq_dim=seq_dim, batch_dim=batch_dim)
        self._seq, self._batch = seq_dim, batch_dim

    def __call__(self, x, seq_lengths):
        return A.reverse_sequence(x, seq_lengths, self._seq, self._batch)


class SearchSorted(Primitive):
    def __init__(self, dtype=mstype.int64, right=False):
        self._init(dtype=TYPE_ID.get(str(dtype), dtype), right=right)
        self._dt, self._right = dtype, right

    def __call__(self, sorted_sequence, values, sorter=None):
        r = A.searchsorted(sorted_sequence, values, right=self._right, sorter=sorter)
        return A.cast(r, self._dt)


class SpaceToDepth(Primitive):
    def __init__(self, block_size):
        self._init(block_size=block_size, data_format="NCHW")
        self._b = block_size

    def __call__(self, x):
        a = arr(x)
        n, c, h, w = a.shape
        b = self._b
        a = a.reshape(n, c, h // b, b, w // b, b).transpose(0, 3, 5, 1, 2, 4)
        return wrap(a.reshape(n, c * b * b, h // b, w // b))


class DepthToSpace(Primitive):
    def __init__(self, block_size):
        self._init(block_size=block_size, data_format="NCHW")
        self._b = block_size

    def __call__(self, x):
        a = arr(x)
        n, c, h, w = a.shape
        b = self._b
        a = a.reshape(n, b, b, c // (b * b), h, w).transpose(0, 3, 4, 1, 5, 2)
        return wrap(a.reshape(n, c // (b * b), h * b, w * b))


__all__ = sorted([n for n, v in list(globals().items()) if isinstance(v, type)
                  and issubclass(v, Primitive) and v is not Primitive and not n.startswith("_")])
