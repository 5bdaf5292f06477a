"""``mindspore.ops`` math functions (``mindspore/ops/function/math_func.py``).

Integer/bool inputs of float-valued functions (exp, log, sqrt, mean ...) compute in Float32, as
MindSpore does; reductions of integer tensors keep their dtype (bool sums become Int64).
"""
from __future__ import annotations

import jax.numpy as jnp
import numpy as np

from ..._src import promotion
from ._util import arr, axis_arg, np_dtype, wrap

_F32 = np.float32


def _binary(fn, prim):
    def op(input, other):
        x, y = promotion.operands(input, other)
        promotion.check_broadcast(prim, x, y)
        return wrap(fn(x, y))
    return op


add = _binary(jnp.add, "Add")
sub = _binary(jnp.subtract, "Sub")
mul = _binary(jnp.multiply, "Mul")
maximum = _binary(jnp.maximum, "Maximum")
minimum = _binary(jnp.minimum, "Minimum")
subtract = sub
multiply = mul
atan2 = _binary(lambda x, y: jnp.arctan2(promotion.to_float(x), promotion.to_float(y)), "Atan2")


def div(input, other, *, rounding_mode=None):
    x, y = promotion.operands(input, other)
    promotion.check_broadcast("Div", x, y)
    if rounding_mode is None:
        x, y = promotion.to_float(x), promotion.to_float(y)
        return wrap(jnp.true_divide(x, y))
    if rounding_mode == "floor":
        return wrap(jnp.floor_divide(x, y))
    if rounding_mode == "trunc":
        if x.dtype.kind in "iu":
            return wrap(jnp.trunc(jnp.true_divide(x, y)).astype(x.dtype))
        return wrap(jnp.trunc(x / y))
    raise ValueError(f"For 'div', 'rounding_mode' must be None, 'floor' or 'trunc', but got "
                     f"{rounding_mode}.")


divide = div
true_divide = div


def floor_divide(input, other):
    x, y = promotion.operands(input, other)
    return wrap(jnp.floor_divide(x, y))


def floor_mod(input, other):
    x, y = promotion.operands(input, other)
    return wrap(jnp.mod(x, y))


remainder = floor_mod


def pow(input, exponent):  # noqa: A001 (MindSpore's name)
    x, y = promotion.operands(input, exponent)
    return wrap(jnp.power(x, y))


def neg(input):
    return wrap(jnp.negative(arr(input)))


negative = neg


def abs(input):  # noqa: A001
    return wrap(jnp.abs(arr(input)))


absolute = abs


def _float_unary(jfn):
    def op(input):
        return wrap(jfn(promotion.to_float(arr(input))))
    return op


exp = _float_unary(jnp.exp)
log = _float_unary(jnp.log)
log1p = _float_unary(jnp.log1p)
log2 = _float_unary(jnp.log2)
log10 = _float_unary(jnp.log10)
expm1 = _float_unary(jnp.expm1)
sqrt = _float_unary(jnp.sqrt)
rsqrt = _float_unary(lambda x: 1.0 / jnp.sqrt(x))
sin = _float_unary(jnp.sin)
cos = _float_unary(jnp.cos)
tan = _float_unary(jnp.tan)
tanh = _float_unary(jnp.tanh)
sinh = _float_unary(jnp.sinh)
cosh = _float_unary(jnp.cosh)
asin = _float_unary(jnp.arcsin)
acos = _float_unary(jnp.arccos)
atan = _float_unary(jnp.arctan)
erf = _float_unary(lambda x: __import__("jax").scipy.special.erf(x))
reciprocal = _float_unary(lambda x: 1.0 / x)


def square(input):
    return wrap(jnp.square(arr(input)))


def sign(input):
    return wrap(jnp.sign(arr(input)))


def floor(input):
    return wrap(jnp.floor(arr(input)))


def ceil(input):
    return wrap(jnp.ceil(arr(input)))


def round(input, *, decimals=0):  # noqa: A001
    return wrap(jnp.round(arr(input), decimals))


def clamp(input, min=None, max=None):  # noqa: A002
    if min is None and max is None:
        raise ValueError("For 'clamp', at least one of 'min' and 'max' must not be None.")
    x = arr(input)
    lo = None if min is None else arr(min, None) if not isinstance(min, (int, float)) else min
    hi = None if max is None else arr(max, None) if not isinstance(max, (int, float)) else max
    return wrap(jnp.clip(x, lo, hi).astype(x.dtype))


clip = clamp


def _reduce_dtype(x, dtype):
    if dtype is not None:
        return np_dtype(dtype)
    if x.dtype.kind in "bi":
        return np.dtype(np.int64)  # numpy's rule, which MindSpore follows (Int32 sum -> Int64)
    if x.dtype.kind == "u":
        return np.dtype(np.uint64)
    return x.dtype


def sum(input, dim=None, keepdim=False, *, dtype=None):  # noqa: A001
    x = arr(input)
    return wrap(jnp.sum(x, axis=axis_arg(dim), keepdims=keepdim, dtype=_reduce_dtype(x, dtype)))


def mean(input, axis=None, keep_dims=False):
    x = promotion.to_float(arr(input))
    return wrap(jnp.mean(x, axis=axis_arg(axis), keepdims=keep_dims))


def prod(input, axis=None, keep_dims=False, dtype=None):
    x = arr(input)
    return wrap(jnp.prod(x, axis=axis_arg(axis), keepdims=keep_dims, dtype=_reduce_dtype(x, dtype)))


def amax(input, axis=None, keepdims=False, *, initial=None, where=None):
    return wrap(jnp.max(arr(input), axis=axis_arg(axis), keepdims=keepdims))


def amin(input, axis=None, keepdims=False, *, initial=None, where=None):
    return wrap(jnp.min(arr(input), axis=axis_arg(axis), keepdims=keepdims))


def var(input, axis=None, ddof=0, keepdims=False):
    return wrap(jnp.var(promotion.to_float(arr(input)), axis=axis_arg(axis), ddof=ddof,
                        keepdims=keepdims))


def std(input, axis=None, ddof=0, keepdims=False):
    return wrap(jnp.std(promotion.to_float(arr(input)), axis=axis_arg(axis), ddof=ddof,
                        keepdims=keepdims))


def argmax(input, dim=None, keepdim=False):
    """Indices of maxima as Int64 (MindSpore's index dtype)."""
    return wrap(jnp.argmax(arr(input), axis=dim, keepdims=keepdim).astype(np.int64))


def argmin(input, axis=None, keepdims=False):
    return wrap(jnp.argmin(arr(input), axis=axis, keepdims=keepdims).astype(np.int64))


def matmul(input, other):
    x, y = promotion.operands(input, other)
    return wrap(jnp.matmul(x, y))


def bmm(input_x, mat2):
    return matmul(input_x, mat2)


def mm(input, mat2):
    return matmul(input, mat2)


def dot(input, other):
    return matmul(input, other)


def outer(input, vec2):
    x, y = promotion.operands(input, vec2)
    return wrap(jnp.outer(x, y))


def _compare(fn):
    def op(input, other):
        x, y = promotion.operands(input, other)
        promotion.check_broadcast("Compare", x, y)
        return wrap(fn(x, y))
    return op


equal = _compare(jnp.equal)
not_equal = _compare(jnp.not_equal)
ne = not_equal
greater = _compare(jnp.greater)
gt = greater
greater_equal = _compare(jnp.greater_equal)
ge = greater_equal
less = _compare(jnp.less)
lt = less
less_equal = _compare(jnp.less_equal)
le = less_equal


def logical_and(input, other):
    return wrap(jnp.logical_and(arr(input), arr(other)))


def logical_or(input, other):
    return wrap(jnp.logical_or(arr(input), arr(other)))


def logical_not(input):
    return wrap(jnp.logical_not(arr(input)))


def isnan(input):
    return wrap(jnp.isnan(arr(input)))


def isinf(input):
    return wrap(jnp.isinf(arr(input)))


def isfinite(input):
    return wrap(jnp.isfinite(arr(input)))


def allclose(input, other, rtol=1e-05, atol=1e-08, equal_nan=False):
    return bool(jnp.allclose(arr(input), arr(other), rtol=rtol, atol=atol, equal_nan=equal_nan))


def isclose(input, other, rtol=1e-05, atol=1e-08, equal_nan=False):
    return wrap(jnp.isclose(arr(input), arr(other), rtol=rtol, atol=atol, equal_nan=equal_nan))


def all(input, axis=None, keep_dims=False):  # noqa: A001
    return wrap(jnp.all(arr(input), axis=axis_arg(axis), keepdims=keep_dims))


def any(input, axis=None, keep_dims=False):  # noqa: A001
    return wrap(jnp.any(arr(input), axis=axis_arg(axis), keepdims=keep_dims))


def cumsum(x, axis, dtype=None):
    a = arr(x)
    return wrap(jnp.cumsum(a, axis=axis, dtype=np_dtype(dtype) or a.dtype))


def norm(A, ord=None, dim=None, keepdim=False, *, dtype=None):
    return wrap(jnp.linalg.norm(promotion.to_float(arr(A)), ord=ord, axis=axis_arg(dim),
                                keepdims=keepdim))


def addmm(input, mat1, mat2, *, beta=1, alpha=1):
    return wrap(beta * arr(input) + alpha * jnp.matmul(arr(mat1), arr(mat2)))


__all__ = [n for n in dir() if not n.startswith("_") and n not in
           ("jnp", "np", "promotion", "arr", "axis_arg", "np_dtype", "wrap", "annotations")]
