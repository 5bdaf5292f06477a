"""Operators and methods of ``Tensor``, attached after the ops modules exist (the layout of
``jax/_src/numpy/array_methods.py``): each method delegates to the ``mindspore.ops`` function of
the same meaning, so a method and its functional form can never disagree.
"""
from __future__ import annotations

import jax.numpy as jnp
import numpy as np

from . import dtype as mstype
from . import promotion
from .tensor import Tensor


def _install():
    from ..ops.function import array_func as A
    from ..ops.function import math_func as M
    from ..ops.function import nn_func as N

    wrap = Tensor._wrap

    def _r(fn):
        return lambda self, other: fn(other, self)

    ops_table = {
        "__add__": M.add, "__radd__": _r(M.add),
        "__sub__": M.sub, "__rsub__": _r(M.sub),
        "__mul__": M.mul, "__rmul__": _r(M.mul),
        "__truediv__": M.div, "__rtruediv__": _r(M.div),
        "__floordiv__": M.floor_divide, "__rfloordiv__": _r(M.floor_divide),
        "__mod__": M.floor_mod, "__rmod__": _r(M.floor_mod),
        "__pow__": M.pow, "__rpow__": _r(M.pow),
        "__matmul__": M.matmul, "__rmatmul__": _r(M.matmul),
        "__eq__": M.equal, "__ne__": M.not_equal,
        "__lt__": M.less, "__le__": M.less_equal,
        "__gt__": M.greater, "__ge__": M.greater_equal,
    }
    for name, fn in ops_table.items():
        setattr(Tensor, name, fn)
    for name in ("add", "sub", "mul", "div", "pow", "matmul", "maximum", "minimum", "equal",
                 "not_equal", "greater", "greater_equal", "less", "less_equal", "logical_and",
                 "logical_or", "floor_divide", "remainder", "atan2", "outer", "isclose",
                 "subtract", "multiply", "divide", "true_divide", "ne", "gt", "ge", "lt", "le"):
        setattr(Tensor, name, getattr(M, name))

    def _bitop(jfn):
        def op(self, other):
            x, y = promotion.operands(self, other)
            return wrap(jfn(x, y))
        return op

    Tensor.__and__ = _bitop(jnp.bitwise_and)
    Tensor.__or__ = _bitop(jnp.bitwise_or)
    Tensor.__xor__ = _bitop(jnp.bitwise_xor)
    Tensor.__rand__ = _r(Tensor.__and__)
    Tensor.__ror__ = _r(Tensor.__or__)
    Tensor.__rxor__ = _r(Tensor.__xor__)
    Tensor.__neg__ = M.neg
    Tensor.__pos__ = lambda self: self
    Tensor.__abs__ = M.abs
    Tensor.__invert__ = lambda self: wrap(jnp.invert(self._array()))
    Tensor.__hash__ = object.__hash__

    for name in ("abs", "neg", "exp", "log", "log1p", "log2", "log10", "sqrt", "rsqrt", "square",
                 "sin", "cos", "tan", "sinh", "cosh", "asin", "acos", "atan", "sign", "floor",
                 "ceil", "reciprocal", "erf", "expm1", "logical_not", "isnan", "isinf",
                 "isfinite", "argmin", "cumsum", "norm", "round", "clamp", "clip", "var", "std",
                 "addmm"):
        setattr(Tensor, name, getattr(M, name))
    Tensor.negative = M.neg
    Tensor.absolute = M.abs
    Tensor.tanh = N.tanh
    Tensor.sigmoid = N.sigmoid
    Tensor.relu = N.relu
    Tensor.softmax = N.softmax
    Tensor.log_softmax = N.log_softmax

    def sum_(self, axis=None, dtype=None, keepdims=False, initial=None):
        out = M.sum(self, axis, keepdims, dtype=dtype)
        return out if initial is None else out + initial

    def mean_(self, axis=None, keep_dims=False):
        return M.mean(self, axis, keep_dims)

    def prod_(self, axis=None, keep_dims=False, dtype=None):
        return M.prod(self, axis, keep_dims, dtype)

    def max_(self, axis=None, keepdims=False, *, initial=None, where=None, return_indices=False):
        return M.amax(self, axis, keepdims)

    def min_(self, axis=None, keepdims=False, *, initial=None, where=None, return_indices=False):
        return M.amin(self, axis, keepdims)

    def argmax_(self, axis=None, keepdims=False):
        return M.argmax(self, axis, keepdims)

    def all_(self, axis=None, keep_dims=False):
        return M.all(self, axis, keep_dims)

    def any_(self, axis=None, keep_dims=False):
        return M.any(self, axis, keep_dims)

    Tensor.sum = sum_
    Tensor.mean = mean_
    Tensor.prod = prod_
    Tensor.max = max_
    Tensor.min = min_
    Tensor.amax = max_
    Tensor.amin = min_
    Tensor.argmax = argmax_
    Tensor.all = all_
    Tensor.any = any_

    def reshape_(self, *shape):
        if len(shape) == 1 and isinstance(shape[0], (tuple, list)):
            shape = shape[0]
        return A.reshape(self, shape)

    def transpose_(self, *axes):
        if not axes:
            return wrap(jnp.transpose(self._array()))
        if len(axes) == 1 and isinstance(axes[0], (tuple, list)):
            axes = axes[0]
        return A.transpose(self, axes)

    def permute_(self, *axis):
        if len(axis) == 1 and isinstance(axis[0], (tuple, list)):
            axis = axis[0]
        return A.permute(self, axis)

    def expand_as(self, other):
        return A.broadcast_to(self, other.shape)

    def repeat_(self, repeats, axis=None):
        return wrap(jnp.repeat(self._array(), repeats, axis=axis))

    def tile_(self, reps):
        return A.tile(self, reps)

    def flatten_(self, order="C", *, start_dim=0, end_dim=-1):
        return A.flatten(self, order, start_dim=start_dim, end_dim=end_dim)

    def squeeze_(self, axis=None):
        return A.squeeze(self, axis)

    def unsqueeze_(self, dim):
        return A.expand_dims(self, dim)

    def ravel(self):
        return wrap(self._array().reshape(-1))

    Tensor.reshape = reshape_
    Tensor.view = reshape_
    Tensor.transpose = transpose_
    Tensor.permute = permute_
    Tensor.expand_as = expand_as
    Tensor.repeat = repeat_
    Tensor.tile = tile_
    Tensor.flatten = flatten_
    Tensor.squeeze = squeeze_
    Tensor.unsqueeze = unsqueeze_
    Tensor.expand_dims = unsqueeze_
    Tensor.ravel = ravel
    Tensor.broadcast_to = A.broadcast_to
    Tensor.swapaxes = A.swapaxes
    Tensor.flip = A.flip
    Tensor.masked_fill = A.masked_fill
    Tensor.gather_elements = A.gather_elements
    Tensor.index_select = A.index_select
    Tensor.split = A.split
    Tensor.chunk = A.chunk
    Tensor.nonzero = A.nonzero
    Tensor.sort = A.sort
    Tensor.topk = A.topk
    Tensor.unbind = A.unbind
    Tensor.numel = lambda self: self.size
    Tensor.nelement = lambda self: self.size
    Tensor.dim = lambda self: self.ndim
    Tensor.rank = lambda self: self.ndim

    def gather_(self, input_indices, axis, batch_dims=0):
        return A.gather(self, input_indices, axis, batch_dims)

    Tensor.gather = gather_

    def _caster(dt):
        return lambda self: self.astype(dt)

    Tensor.float = _caster(mstype.float32)
    Tensor.half = _caster(mstype.float16)
    Tensor.double = _caster(mstype.float64)
    Tensor.int = _caster(mstype.int32)
    Tensor.long = _caster(mstype.int64)
    Tensor.bool = _caster(mstype.bool_)
    Tensor.bfloat16 = _caster(mstype.bfloat16)

    def fill_(self, value):
        self._data = jnp.full(self.shape, value, self._array().dtype)
        return self

    def zero_(self):
        return fill_(self, 0)

    def copy_(self, src):
        self._data = jnp.broadcast_to(src._array() if isinstance(src, Tensor) else src,
                                      self.shape).astype(self._array().dtype)
        return self

    Tensor.fill_ = fill_
    Tensor.zero_ = zero_
    Tensor.copy_ = copy_

    def where_(self, condition, y):
        return A.where(condition, self, y)

    Tensor.where = where_
    Tensor.stop_gradient = lambda self: __import__(
        "ms_compat._src.autodiff", fromlist=["stop_gradient"]).stop_gradient(self)
    Tensor.register_hook = lambda self, hook: __import__(
        "ms_compat._src.hooks", fromlist=["tensor_register_hook"]).tensor_register_hook(self, hook)

    # numpy helpers used by numpy-style code
    Tensor.__round__ = lambda self, n=None: round(self.item(), n) if self.size == 1 else M.round(self)
    Tensor.__complex__ = lambda self: complex(self.asnumpy())
    Tensor.__contains__ = lambda self, v: bool(np.any(self.asnumpy() == v))


_install()
