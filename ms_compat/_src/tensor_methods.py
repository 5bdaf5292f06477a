"""Operators and methods of ``Tensor``, attached after the ops modules exist (the layout of
``jax/_src/numpy/array_methods.py``): each method delegates to the ``mindspore.ops`` function of
the same meaning, so a method and its functional form can never disagree.

MindSpore 2.10's Tensor methods are overloaded (a numpy-style and a torch-style signature); the
dispatch here follows what MindSpore picks, measured on it:
  * ``x.max()`` is the value; ``x.max(0)`` / ``x.max(dim=0)`` are ``(values, Int64 indices)``;
    ``x.max(axis=0)`` is the values (a tuple with ``return_indices=True``); same for ``min``;
  * ``x.transpose(a, b)`` swaps two axes of an n-d tensor (n != 2), else permutes;
  * ``x.gather(dim:int, index)`` is ``gather_elements``, ``x.gather(indices, axis)`` is ``gather``;
    ``x.select(dim:int, index)`` picks one slice, ``x.select(condition, y)`` is ``where``;
  * operators differ from the ops: ``bool + bool`` is Bool (``ops.add`` rejects Bool), ``~x`` is a
    logical not (Bool) for every dtype, ``x / y`` of integers is Float32;
  * ``Tensor.mean`` of integers keeps the dtype (truncated), ``Tensor.std``/``var`` of integers
    compute in Float32 (``ops.std`` rejects them), ``Tensor.cumsum`` of Int8/UInt8/Bool is Int32.
"""
from __future__ import annotations

import numbers

import jax.numpy as jnp
import numpy as np

from . import dtype as mstype
from .tensor import Tensor

_I32 = np.dtype(np.int32)
_I64 = np.dtype(np.int64)
_F32 = np.dtype(np.float32)


def _unpack(args):
    """``f(1, 2)`` and ``f((1, 2))`` / ``f([1, 2])`` both mean the sequence ``(1, 2)``."""
    if len(args) == 1 and isinstance(args[0], (tuple, list)):
        return tuple(args[0])
    return tuple(args)


def _pick(kwargs, *names, default=None):
    for n in names:
        if n in kwargs:
            return kwargs.pop(n)
    return default


def _no_more(name, kwargs):
    if kwargs:
        raise TypeError(f"{name}() got an unexpected keyword argument '{next(iter(kwargs))}'")


def _install():  # noqa: C901 - one table of methods
    from ..ops.function import _array_index as I
    from ..ops.function import _op_dtypes as R
    from ..ops.function import array_func as A
    from ..ops.function import linalg_func as L
    from ..ops.function import math_func as M
    from ..ops.function import nn_func as N

    wrap = Tensor._wrap

    def _r(fn):
        return lambda self, other: fn(other, self)

    def _bool_sub(x, y):
        if getattr(x, "dtype", None) == np.bool_ or getattr(y, "dtype", None) == np.bool_:
            return jnp.not_equal(x, y)
        return jnp.subtract(x, y)

    op_add = M._binary("op.add", "Add", jnp.add, bcast_prim="AddExt")
    op_sub = M._binary("op.sub", "Sub", _bool_sub, bcast_prim="SubExt")
    op_mul = M._binary("op.mul", "Mul", jnp.multiply)
    op_floordiv = M._binary("op.floordiv", "FloorDiv", M._floordiv0)
    op_mod = M._binary("op.mod", "FloorMod", M._mod0)
    op_pow = M._binary("op.pow", "Pow", M._int_power)
    op_and = M._binary("op.and", "BitwiseAnd", jnp.bitwise_and)
    op_or = M._binary("op.or", "BitwiseOr", jnp.bitwise_or)
    op_xor = M._binary("op.xor", "BitwiseXor", jnp.bitwise_xor)
    op_eq = M._compare("op.eq", "Equal", jnp.equal)
    op_ne = M._compare("op.eq", "NotEqual", jnp.not_equal)
    op_lt = M._compare("op.lt", "Less", jnp.less)
    op_le = M._compare("op.lt", "LessEqual", jnp.less_equal)
    op_gt = M._compare("op.lt", "Greater", jnp.greater)
    op_ge = M._compare("op.lt", "GreaterEqual", jnp.greater_equal)
    op_neg = M._unary("op.neg", "Neg", jnp.negative)
    op_abs = M._unary("op.abs", "Abs", jnp.abs)
    op_invert = M._unary("op.invert", "LogicalNot", jnp.logical_not)

    def op_matmul(self, other):
        return M.matmul(self, other)

    def _eq(self, other):
        if other is None:
            return False
        return op_eq(self, other)

    def _ne(self, other):
        if other is None:
            return True
        return op_ne(self, other)

    def _lshift(self, other):
        raise TypeError("For '<<', the operands must be a Tensor and an int, but MindSpore does "
                        "not support the left-shift operator on Tensors.")

    ops_table = {
        "__add__": op_add, "__radd__": _r(op_add),
        "__sub__": op_sub, "__rsub__": _r(op_sub),
        "__mul__": op_mul, "__rmul__": _r(op_mul),
        "__truediv__": M.div, "__rtruediv__": _r(M.div),
        "__floordiv__": op_floordiv, "__rfloordiv__": _r(op_floordiv),
        "__mod__": op_mod, "__rmod__": _r(op_mod),
        "__pow__": op_pow, "__rpow__": _r(op_pow),
        "__matmul__": op_matmul, "__rmatmul__": _r(op_matmul),
        "__eq__": _eq, "__ne__": _ne,
        "__lt__": op_lt, "__le__": op_le, "__gt__": op_gt, "__ge__": op_ge,
        "__and__": op_and, "__rand__": _r(op_and), "__or__": op_or, "__ror__": _r(op_or),
        "__xor__": op_xor, "__rxor__": _r(op_xor),
        "__neg__": op_neg, "__abs__": op_abs, "__invert__": op_invert,
        "__lshift__": _lshift, "__rshift__": _lshift,
    }
    for name, fn in ops_table.items():
        setattr(Tensor, name, fn)
    Tensor.__pos__ = lambda self: self
    Tensor.__hash__ = object.__hash__

    # ------------------------------------------------------------------ same signature as ops
    same = {
        M: ("abs absolute acos arccos acosh arccosh asin arcsin asinh arcsinh atan arctan atanh "
            "arctanh atan2 arctan2 ceil cos cosh erf erfc erfinv exp expm1 floor frac isfinite "
            "isinf isnan isneginf isposinf isreal lgamma digamma log log10 log1p log2 logical_not "
            "logit neg negative reciprocal rsqrt sign sgn signbit sin sinc sinh sqrt square tan "
            "trunc deg2rad rad2deg inv invert bitwise_not positive nan_to_num round "
            "floor_divide remainder fmod pow float_power maximum minimum fmax fmin eq ne "
            "not_equal gt greater ge greater_equal lt less le less_equal logical_and "
            "logical_or logical_xor bitwise_and bitwise_or bitwise_xor bitwise_left_shift "
            "bitwise_right_shift hypot logaddexp logaddexp2 xlogy xdivy copysign heaviside "
            "gcd lcm isclose allclose lerp addcmul addcdiv addmm addbmm baddbmm addmv addr "
            "matmul mm bmm outer ger inner kron cross approximate_equal clamp clip amax amin "
            "logsumexp cummax cummin logcumsumexp nanmean norm aminmax diff is_floating_point "
            "is_complex true_divide divide div multiply mul dot").split(),
        A: ("swapaxes swapdims moveaxis movedim unsqueeze expand_dims ravel t fliplr flipud "
            "flip roll rot90 narrow tensor_split hsplit vsplit dsplit unbind gather_elements "
            "gather_nd index_fill masked_fill masked_select masked_scatter nonzero argwhere "
            "argsort msort top_k tril triu diagonal diagflat repeat_interleave reverse "
            "unsorted_segment_max unsorted_segment_min unsorted_segment_prod unique_consecutive "
            "select_scatter slice_scatter scatter_div scatter_max scatter_min scatter_mul "
            "scatter_sub").split(),
        L: "det inverse matrix_power slogdet logdet qr svd cholesky".split(),
    }
    for mod, names in same.items():
        for name in names:
            setattr(Tensor, name, getattr(mod, name))
    for name in ("quantile nanquantile nanmedian kthvalue cov renorm real imag conj angle i0 "
                 "ldexp nextafter bincount").split():
        setattr(Tensor, name, getattr(M, name))
    for name in ("diagonal_scatter inplace_update reverse_sequence").split():
        setattr(Tensor, name, getattr(A, name))
    Tensor.eigvals = L.eigvals
    Tensor.lstsq = L.lstsq
    Tensor.H = property(lambda self: wrap(jnp.conj(jnp.swapaxes(self._array(), -1, -2))
                                          if self.ndim == 2 else jnp.conj(self._array())))
    Tensor.mH = property(lambda self: wrap(jnp.conj(jnp.swapaxes(self._array(), -1, -2))))
    Tensor.adjoint = lambda self: wrap(jnp.conj(jnp.swapaxes(self._array(), -1, -2)))
    Tensor.equal = M.equal
    Tensor.sigmoid = N.sigmoid
    Tensor.tanh = M.tanh
    Tensor.matrix_determinant = L.det
    Tensor.log_matrix_determinant = L.slogdet

    def add(self, other, *, alpha=1):
        return op_add(self, other if alpha == 1 else M.mul(other, alpha))

    def sub(self, other, *, alpha=1):
        return op_sub(self, other if alpha == 1 else M.mul(other, alpha))

    def div(self, other, *, rounding_mode=None):
        return M.div(self, other, rounding_mode=rounding_mode)

    Tensor.add = add
    Tensor.sub = sub
    Tensor.subtract = sub
    Tensor.div = div
    Tensor.divide = div

    # ------------------------------------------------------------------ reductions
    def sum(self, *args, **kw):
        """``sum(dim=None, keepdim=False, *, dtype=None)`` or ``sum(axis=None, dtype=None,
        keepdims=False, initial=None)``."""
        axis = _pick(kw, "axis", "dim") if not args else args[0]
        keep, dtype = False, None
        for a in args[1:]:
            if isinstance(a, bool):
                keep = a
            elif a is not None and not isinstance(a, numbers.Number):
                dtype = a
        keep = _pick(kw, "keepdims", "keepdim", default=keep)
        dtype = _pick(kw, "dtype", default=dtype)
        initial = _pick(kw, "initial")
        _no_more("sum", kw)
        out = M.sum(self, axis, keep, dtype=dtype)
        return out if initial is None else M.add(out, initial)

    def mean(self, *args, **kw):
        axis = args[0] if args else _pick(kw, "axis", "dim")
        keep = args[1] if len(args) > 1 else _pick(kw, "keep_dims", "keepdim", "keepdims",
                                                   default=False)
        dtype = _pick(kw, "dtype")
        _no_more("mean", kw)
        x = self if dtype is None else A.cast(self, dtype)
        return M.mean(x, axis, keep)

    def prod(self, *args, **kw):
        axis = args[0] if args else _pick(kw, "axis", "dim")
        keep = args[1] if len(args) > 1 else _pick(kw, "keep_dims", "keepdim", default=False)
        dtype = args[2] if len(args) > 2 else _pick(kw, "dtype")
        _no_more("prod", kw)
        return M.prod(self, axis, keep, dtype)

    def _maxmin(largest):
        fn = M.max if largest else M.min
        name = "max" if largest else "min"

        def method(self, *args, **kw):
            if not args and not kw:
                return fn(self)[0]
            if args and not isinstance(args[0], (tuple, list)) and args[0] is not None or \
                    "dim" in kw:
                dim = args[0] if args else kw.pop("dim")
                keep = args[1] if len(args) > 1 else _pick(kw, "keepdim", default=False)
                _no_more(name, kw)
                return fn(self, dim, keep)
            axis = args[0] if args else _pick(kw, "axis")
            keep = _pick(kw, "keepdims", default=False)
            initial = _pick(kw, "initial")
            where = _pick(kw, "where")
            ret_idx = _pick(kw, "return_indices", default=False)
            _no_more(name, kw)
            if where is True:
                where = None
            if axis is None:
                v = fn(self, None, False, initial=initial, where=where)
                return v if ret_idx else v[0]
            if ret_idx:
                return fn(self, axis, keep, initial=initial, where=where)
            red = M.amax if largest else M.amin
            return red(self, axis, keep, initial=initial, where=where)
        return method

    Tensor.sum = sum
    Tensor.mean = mean
    Tensor.prod = prod
    Tensor.max = _maxmin(True)
    Tensor.min = _maxmin(False)

    def _arg(largest):
        def method(self, *args, **kw):
            axis = args[0] if args else _pick(kw, "axis", "dim")
            keep = args[1] if len(args) > 1 else _pick(kw, "keepdims", "keepdim", default=False)
            _no_more("argmax" if largest else "argmin", kw)
            return M.argmax(self, axis, keep) if largest else M.argmin(self, axis, keep)
        return method

    Tensor.argmax = _arg(True)
    Tensor.argmin = _arg(False)

    def argmax_with_value(self, axis=0, keep_dims=False):
        R.rule("T.argmax_with_value", "ArgMaxWithValue")(self._array().dtype)
        return M.max(self, axis, keep_dims)

    def argmin_with_value(self, axis=0, keep_dims=False):
        R.rule("T.argmax_with_value", "ArgMinWithValue")(self._array().dtype)
        return M.min(self, axis, keep_dims)

    Tensor.argmax_with_value = argmax_with_value
    Tensor.argmin_with_value = argmin_with_value

    def _allany(fn, name):
        def method(self, *args, **kw):
            axis = args[0] if args else _pick(kw, "axis", "dim")
            keep = args[1] if len(args) > 1 else _pick(kw, "keep_dims", "keepdim", default=False)
            _no_more(name, kw)
            return fn(self, axis, keep)
        return method

    Tensor.all = _allany(M.all, "all")
    Tensor.any = _allany(M.any, "any")

    def _moment(jfn, name):
        def method(self, *args, **kw):
            axis = args[0] if args else _pick(kw, "axis", "dim")
            ddof = args[1] if len(args) > 1 else _pick(kw, "ddof", "correction", default=0)
            keep = args[2] if len(args) > 2 else _pick(kw, "keepdims", "keepdim", default=False)
            _no_more(name, kw)
            x = self._array()
            R.rule("T." + name, name.capitalize())(x.dtype)
            ax = M._check_axis(name.capitalize(), axis, x.ndim)
            if x.dtype.kind in "iu":
                # MindSpore centres integers on their truncated integer mean
                m = M._int_mean(x, ax, True).astype(_F32)
                x = x.astype(_F32)
                return wrap(jfn(x, axis=ax, ddof=int(ddof), keepdims=keep, mean=m))
            return wrap(jfn(x, axis=ax, ddof=int(ddof), keepdims=keep))
        return method

    Tensor.std = _moment(jnp.std, "std")
    Tensor.var = _moment(jnp.var, "var")

    def cumsum(self, *args, **kw):
        axis = args[0] if args else _pick(kw, "axis", "dim")
        dtype = args[1] if len(args) > 1 else _pick(kw, "dtype")
        _no_more("cumsum", kw)
        x = self._array()
        out = R.rule("T.cumsum", "CumSum")(x.dtype) if dtype is None else np.dtype(
            mstype.to_np_dtype(mstype.as_ms_dtype(dtype)))
        if axis is None:
            x = x.reshape(-1)
            axis = 0
        return M.cumsum(wrap(x.astype(out)), axis)

    def cumprod(self, dim, dtype=None):
        return M.cumprod(self, dim, dtype)

    Tensor.cumsum = cumsum
    Tensor.cumprod = cumprod

    def nansum(self, *args, **kw):
        axis = args[0] if args else _pick(kw, "axis", "dim")
        keep = args[1] if len(args) > 1 else _pick(kw, "keepdims", "keepdim", default=False)
        dtype = _pick(kw, "dtype")
        _no_more("nansum", kw)
        return M.nansum(self, axis, keep, dtype=dtype)

    def count_nonzero(self, *args, **kw):
        axis = args[0] if args else _pick(kw, "axis", "dim", default=())
        keep = args[1] if len(args) > 1 else _pick(kw, "keep_dims", default=False)
        dtype = args[2] if len(args) > 2 else _pick(kw, "dtype", default=None)
        _no_more("count_nonzero", kw)
        return M.count_nonzero(self, () if axis is None else axis, keep,
                               mstype.int32 if dtype is None else dtype)

    def median(self, *args, **kw):
        axis = args[0] if args else _pick(kw, "axis", "dim", default=-1)
        keep = args[1] if len(args) > 1 else _pick(kw, "keepdims", "keepdim", default=False)
        _no_more("median", kw)
        return M.median(self, axis, keep)

    def ptp(self, axis=None, keepdims=False):
        return M.sub(M.amax(self, axis, keepdims), M.amin(self, axis, keepdims))

    def trace(self, offset=0, axis1=0, axis2=1, dtype=None):
        x = self._array()
        r = jnp.trace(x, offset, axis1, axis2)
        return wrap(r.astype(mstype.to_np_dtype(dtype) if dtype is not None else x.dtype))

    Tensor.nansum = nansum
    Tensor.count_nonzero = count_nonzero
    Tensor.median = median
    Tensor.ptp = ptp
    Tensor.trace = trace

    # ------------------------------------------------------------------ shape
    def reshape(self, *shape):
        return A.reshape(self, _unpack(shape))

    def view(self, *shape):
        if len(shape) == 1 and isinstance(shape[0], mstype.Type):
            x = self._array()
            return wrap(x.view(mstype.to_np_dtype(shape[0])))
        return A.reshape(self, _unpack(shape))

    def view_as(self, other):
        return A.reshape(self, other.shape)

    def transpose(self, *axes):
        x = self._array()
        if not axes:
            return wrap(jnp.transpose(x))
        axes = _unpack(axes)
        if len(axes) == 2 and x.ndim != 2:
            return A.swapaxes(self, axes[0], axes[1])
        return A.transpose(self, axes)

    def permute(self, *dims):
        return A.transpose(self, _unpack(dims))

    def squeeze(self, *axis):
        axis = _unpack(axis)
        return A.squeeze(self, axis if axis else None)

    def flatten(self, *args, **kw):
        order, start, end = "C", 0, -1
        if args and isinstance(args[0], str):
            order, args = args[0], args[1:]
        if args:
            start = args[0]
        if len(args) > 1:
            end = args[1]
        start = _pick(kw, "start_dim", default=start)
        end = _pick(kw, "end_dim", default=end)
        order = _pick(kw, "order", default=order)
        _no_more("flatten", kw)
        return A.flatten(self, order, start_dim=start, end_dim=end)

    def broadcast_to(self, *shape):
        return A.broadcast_to(self, _unpack(shape))

    def expand(self, *size):
        return A.broadcast_to(self, _unpack(size))

    def expand_as(self, other):
        return A.broadcast_to(self, other.shape)

    def tile(self, *dims):
        return A.tile(self, _unpack(dims))

    def repeat(self, *repeats):
        """``Tensor.repeat(*repeats)``: torch semantics (tile; extra leading repeats add axes)."""
        reps = _unpack(repeats)
        x = self._array()
        if len(reps) < x.ndim:
            raise ValueError("For 'repeat', the number of repeats can not be smaller than the "
                             "number of dimensions of the tensor.")
        return wrap(jnp.tile(x, reps))

    def reshape_as(self, other):
        return A.reshape(self, other.shape)

    Tensor.reshape = reshape
    Tensor.view = view
    Tensor.view_as = view_as
    Tensor.reshape_as = reshape_as
    Tensor.transpose = transpose
    Tensor.permute = permute
    Tensor.squeeze = squeeze
    Tensor.flatten = flatten
    Tensor.broadcast_to = broadcast_to
    Tensor.expand = expand
    Tensor.expand_as = expand_as
    Tensor.tile = tile
    Tensor.repeat = repeat

    # ------------------------------------------------------------------ split / index
    def split(self, *args, **kw):
        size = args[0] if args else _pick(kw, "split_size_or_sections", "split_size")
        axis = args[1] if len(args) > 1 else _pick(kw, "axis", "dim", default=0)
        _no_more("split", kw)
        return A.split(self, size, axis)

    def chunk(self, chunks, *args, **kw):
        axis = args[0] if args else _pick(kw, "axis", "dim", default=0)
        return A.chunk(self, chunks, axis)

    def gather(self, *args, **kw):
        first = args[0] if args else _pick(kw, "dim", "input_indices")
        if isinstance(first, numbers.Integral) and not isinstance(first, Tensor):
            index = args[1] if len(args) > 1 else kw.pop("index")
            return A.gather_elements(self, first, index)
        axis = args[1] if len(args) > 1 else _pick(kw, "axis")
        batch_dims = args[2] if len(args) > 2 else _pick(kw, "batch_dims", default=0)
        return A.gather(self, first, axis, batch_dims)

    def index_select(self, *args, **kw):
        axis = args[0] if args else _pick(kw, "axis", "dim")
        index = args[1] if len(args) > 1 else _pick(kw, "index")
        return A.index_select(self, axis, index)

    def index_add(self, *args, **kw):
        if args and isinstance(args[0], Tensor):
            return I.index_add(self, *args, **kw)
        dim = args[0] if args else kw.pop("dim")
        index = args[1] if len(args) > 1 else kw.pop("index")
        source = args[2] if len(args) > 2 else kw.pop("source")
        alpha = kw.pop("alpha", 1)
        x = self._array()
        moved = jnp.moveaxis(x, dim, 0).at[index._array()].add(
            jnp.moveaxis(source._array() * alpha, dim, 0).astype(x.dtype))
        return wrap(jnp.moveaxis(moved, 0, dim))

    def scatter(self, *args, **kw):
        axis = args[0] if args else _pick(kw, "axis", "dim")
        index = args[1] if len(args) > 1 else kw.pop("index")
        src = args[2] if len(args) > 2 else _pick(kw, "src", "value")
        return A.scatter(self, axis, index, src)

    def scatter_add(self, *args, **kw):
        if len(args) + len(kw) == 2:
            return I.scatter_add(self, *args, **kw)
        dim = args[0] if args else kw.pop("dim")
        index = args[1] if len(args) > 1 else kw.pop("index")
        src = args[2] if len(args) > 2 else kw.pop("src")
        return A.tensor_scatter_elements(self, index, src, dim, "add")

    def select(self, *args, **kw):
        first = args[0] if args else _pick(kw, "dim", "condition")
        second = args[1] if len(args) > 1 else _pick(kw, "index", "y")
        if isinstance(first, Tensor):
            return A.where(first, self, second)
        x = self._array()
        return wrap(jnp.take(x, int(second), axis=int(first)))

    def take(self, *args, **kw):
        index = args[0] if args else _pick(kw, "indices", "index")
        axis = args[1] if len(args) > 1 else _pick(kw, "axis")
        mode = args[2] if len(args) > 2 else _pick(kw, "mode", default="clip")
        x = self._array()
        if axis is None:
            x, axis = x.reshape(-1), 0
        return wrap(jnp.take(x, index._array() if isinstance(index, Tensor) else
                             jnp.asarray(index), axis=axis, mode="wrap" if mode == "wrap"
                             else "clip"))

    def where(self, condition, y):
        return A.where(condition, self, y)

    def sort(self, *args, **kw):
        axis = args[0] if args else _pick(kw, "axis", "dim", default=-1)
        desc = args[1] if len(args) > 1 else _pick(kw, "descending", default=False)
        kw.pop("stable", None)
        _no_more("sort", kw)
        return A.sort(self, axis, desc)

    def argsort(self, *args, **kw):
        axis = args[0] if args else _pick(kw, "axis", "dim", default=-1)
        desc = args[1] if len(args) > 1 else _pick(kw, "descending", default=False)
        kw.pop("stable", None)
        _no_more("argsort", kw)
        return A.argsort(self, axis, desc)

    def topk(self, k, dim=None, largest=True, sorted=True):  # noqa: A002
        return A.topk(self, k, dim, largest, sorted)

    def unique(self, sorted=True, return_inverse=False, return_counts=False,  # noqa: A002
               dim=None):
        x = np.asarray(self._array())
        out, inv, counts = np.unique(x, return_inverse=True, return_counts=True, axis=dim)
        res = [wrap(jnp.asarray(out))]
        if return_inverse:
            res.append(wrap(jnp.asarray(inv.reshape(x.shape if dim is None else -1)
                                        .astype(_I64))))
        if return_counts:
            res.append(wrap(jnp.asarray(counts.astype(_I64))))
        return res[0] if len(res) == 1 else tuple(res)

    def softmax(self, axis, dtype=None):
        x = self if dtype is None else A.cast(self, dtype)
        return N.softmax(x, axis)

    def searchsorted(self, v, side="left", sorter=None):
        return A.searchsorted(self, v, side=side, sorter=sorter)

    def index_put(self, indices, values, accumulate=False):
        x = self._array()
        idx = tuple(i._array() for i in indices)
        v = values._array().astype(x.dtype)
        return wrap(x.at[idx].add(v) if accumulate else x.at[idx].set(v))

    for name, fn in dict(split=split, chunk=chunk, gather=gather, index_select=index_select,
                         index_add=index_add, scatter=scatter, scatter_add=scatter_add,
                         select=select, take=take, where=where, sort=sort, argsort=argsort,
                         topk=topk, unique=unique, diag=A.diag, softmax=softmax,
                         searchsorted=searchsorted, index_put=index_put).items():
        setattr(Tensor, name, fn)

    # ------------------------------------------------------------------ dtype / creation
    def _caster(dt):
        return lambda self: A.cast(self, dt)

    for name, dt in (("float", mstype.float32), ("half", mstype.float16),
                     ("double", mstype.float64), ("int", mstype.int32), ("long", mstype.int64),
                     ("short", mstype.int16), ("byte", mstype.uint8), ("bool", mstype.bool_),
                     ("bfloat16", mstype.bfloat16)):
        setattr(Tensor, name, _caster(dt))

    def to(self, *args, **kw):
        dt = _pick(kw, "dtype")
        for a in args:
            if isinstance(a, Tensor):
                dt = a.dtype
            elif not isinstance(a, (str, bool)) and a is not None:
                dt = a
        kw.pop("non_blocking", None), kw.pop("copy", None), kw.pop("device", None)
        return self if dt is None else A.cast(self, dt)

    def type_(self, dtype=None):
        if dtype is None:
            return str(self.dtype)
        return A.cast(self, dtype)

    Tensor.to = to
    Tensor.type = type_
    Tensor.type_as = lambda self, other: A.cast(self, other.dtype)

    def _new(fill):
        def method(self, size, dtype=None, **kw):
            dt = kw.pop("dtype", dtype)
            npdt = mstype.to_np_dtype(mstype.as_ms_dtype(dt)) if dt is not None else \
                self._array().dtype
            shp = tuple(_unpack(size if isinstance(size, (tuple, list)) else (size,)))
            return wrap(jnp.full(shp, fill, npdt))
        return method

    Tensor.new_ones = _new(1)
    Tensor.new_zeros = _new(0)
    Tensor.new_empty = _new(0)

    def new_full(self, size, fill_value, *, dtype=None):
        npdt = mstype.to_np_dtype(mstype.as_ms_dtype(dtype)) if dtype is not None else \
            self._array().dtype
        return wrap(jnp.full(tuple(size), fill_value, npdt))

    Tensor.new_full = new_full
    Tensor.fill = lambda self, value: A.fills(self, value)
    Tensor.fills = lambda self, value: A.fills(self, value)
    Tensor.clone = lambda self: wrap(self._array())
    Tensor.numel = lambda self: self.size
    Tensor.nelement = lambda self: self.size
    Tensor.dim = lambda self: self.ndim
    Tensor.ndimension = lambda self: self.ndim
    Tensor.rank = lambda self: self.ndim
    Tensor.is_signed = lambda self: self.dtype._kind in "ifc"
    Tensor.requires_grad_ = lambda self, requires_grad=True: self
    Tensor.data_sync = lambda self, need_wait=True: self
    Tensor.is_init = lambda self: False

    def sum_to_size(self, *size):
        shape = _unpack(size)
        x = self._array()
        lead = x.ndim - len(shape)
        axes = tuple(range(lead)) + tuple(lead + i for i, s in enumerate(shape)
                                          if s == 1 and x.shape[lead + i] != 1)
        r = jnp.sum(x, axis=axes, keepdims=True)
        return wrap(r.reshape(shape))

    def resize(self, *new_shape):
        """``Tensor.resize``: the data in order, cut or padded with zeros to the new shape."""
        shape = _unpack(new_shape)
        flat = self._array().reshape(-1)
        n = int(np.prod(shape, dtype=np.int64))
        flat = flat[:n] if flat.size >= n else jnp.concatenate(
            [flat, jnp.zeros(n - flat.size, flat.dtype)])
        return wrap(flat.reshape(shape))

    def fill_diagonal(self, fill_value, wrap_=False):
        x = self._array()
        n = min(x.shape)
        idx = jnp.arange(n)
        return wrap(x.at[(idx,) * x.ndim].set(fill_value))

    def itemset(self, *args):
        *index, value = args
        x = self._array()
        flat = x.reshape(-1) if len(index) == 1 else x
        pos = index[0] if len(index) == 1 else tuple(index)
        out = flat.at[pos].set(value)
        self._data = out.reshape(x.shape)
        return self

    Tensor.sum_to_size = sum_to_size
    Tensor.resize = resize
    Tensor.fill_diagonal = fill_diagonal
    Tensor.itemset = itemset
    Tensor.is_contiguous = lambda self: True
    Tensor.contiguous = lambda self: self
    Tensor.storage_offset = lambda self: 0

    def stride(self, dim=None):
        strides = tuple(s // self.itemsize for s in self.strides)
        return strides if dim is None else strides[dim]

    Tensor.stride = stride

    # ------------------------------------------------------------------ in place
    def _inplace(fn):
        def method(self, *args, **kw):
            out = fn(self, *args, **kw)._array()
            self._data = out.astype(self._array().dtype) if out.dtype != self._array().dtype \
                else out
            return self
        return method

    for name, fn in dict(add_=add, sub_=sub, mul_=M.mul, div_=div, clamp_=M.clamp,
                         exp_=M.exp, log_=M.log, floor_=M.floor, sign_=M.sign,
                         sigmoid_=N.sigmoid, tanh_=M.tanh, masked_fill_=A.masked_fill,
                         masked_scatter_=A.masked_scatter, erfinv_=M.erfinv,
                         floor_divide_=M.floor_divide, remainder_=M.remainder,
                         index_add_=index_add, scatter_=scatter, scatter_add_=scatter_add,
                         addmm_=M.addmm).items():
        setattr(Tensor, name, _inplace(fn))

    def index_put_(self, indices, values, accumulate=False):
        self._data = index_put(self, indices, values, accumulate)._array()
        return self

    def fill_diagonal_(self, fill_value, wrap_=False):
        self._data = fill_diagonal(self, fill_value)._array()
        return self

    def put_(self, index, source, accumulate=False):
        x = self._array()
        flat = x.reshape(-1)
        i, s = index._array().reshape(-1), source._array().reshape(-1).astype(x.dtype)
        flat = flat.at[i].add(s) if accumulate else flat.at[i].set(s)
        self._data = flat.reshape(x.shape)
        return self

    Tensor.index_put_ = index_put_
    Tensor.fill_diagonal_ = fill_diagonal_
    Tensor.put_ = put_

    def index_fill_(self, dim, index, value):
        self._data = A.index_fill(self, dim, index, value)._array()
        return self

    def fill_(self, value):
        x = self._array()
        v = value._array() if isinstance(value, Tensor) else value
        self._data = jnp.full(x.shape, v, x.dtype)
        return self

    def zero_(self):
        return fill_(self, 0)

    def copy_(self, src, non_blocking=False):
        x = self._array()
        s = src._array() if isinstance(src, Tensor) else jnp.asarray(src)
        self._data = jnp.broadcast_to(s, x.shape).astype(x.dtype)
        return self

    Tensor.index_fill_ = index_fill_
    Tensor.fill_ = fill_
    Tensor.zero_ = zero_
    Tensor.copy_ = copy_

    Tensor.stop_gradient = lambda self: __import__(
        "ms_compat._src.autodiff", fromlist=["stop_gradient"]).stop_gradient(self)
    Tensor.register_hook = lambda self, hook: __import__(
        "ms_compat._src.hooks", fromlist=["tensor_register_hook"]).tensor_register_hook(self, hook)

    # numpy helpers used by numpy-style code
    Tensor.__round__ = lambda self, n=None: (round(self.item(), n) if self.size == 1
                                             else M.round(self))
    Tensor.__complex__ = lambda self: complex(self.asnumpy())
    Tensor.__contains__ = lambda self, v: bool(np.any(self.asnumpy() == v))


_install()
