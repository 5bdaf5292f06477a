"""``mindspore.ops.operations.math_ops``: math Primitive classes (``ops.Add()``,
``ops.MatMul(transpose_b=True)``, ``ops.ReduceSum(keep_dims=True)`` ...).

Each forwards to the functional op; the Primitive forms keep MindSpore's own dtype rules where
they differ from the functions: ``ReduceSum``/``ReduceProd`` keep the input dtype (``ops.sum``
promotes integers to Int64), ``Argmax``/``Argmin`` default to Int32 indices, ``ArgMaxWithValue``
returns ``(index, value)``; ``CumSum``/``CumProd`` take ``exclusive`` and ``reverse``.
"""
from __future__ import annotations

import jax.numpy as jnp
import numpy as np

from ..._src import dtype as mstype
from ..function import _op_dtypes as R
from ..function import linalg_func as L
from ..function import math_func as M
from ..function._util import arr, wrap
from ..primitive import Primitive
from ._base import TYPE_ID, fn_prim

_M = __name__

_SIMPLE = {
    "Add": M.add, "TensorAdd": M.add, "Sub": M.sub, "Mul": M.mul, "Div": M.div,
    "FloorDiv": M.floor_divide, "FloorMod": M.floor_mod,
    "Pow": M.pow, "Neg": M.neg, "Abs": M.abs, "Exp": M.exp, "Expm1": M.expm1, "Log": M.log,
    "Log1p": M.log1p, "Sqrt": M.sqrt, "Rsqrt": M.rsqrt, "Square": M.square,
    "Reciprocal": M.reciprocal, "Inv": M.inv, "Sin": M.sin, "Cos": M.cos, "Tan": M.tan,
    "Asin": M.asin, "ACos": M.acos, "Atan": M.atan, "Atan2": M.atan2, "Sinh": M.sinh,
    "Cosh": M.cosh, "Asinh": M.asinh, "Acosh": M.acosh, "Atanh": M.atanh, "Erf": M.erf,
    "Erfc": M.erfc, "Erfinv": M.erfinv, "Floor": M.floor, "Ceil": M.ceil, "Sign": M.sign,
    "Trunc": M.trunc, "Maximum": M.maximum, "Minimum": M.minimum, "Fmax": M.fmax,
    "Fmin": M.fmin, "Equal": M.equal, "NotEqual": M.not_equal, "Greater": M.greater,
    "GreaterEqual": M.greater_equal, "Less": M.less, "LessEqual": M.less_equal,
    "LogicalAnd": M.logical_and, "LogicalOr": M.logical_or, "LogicalNot": M.logical_not,
    "LogicalXor": M.logical_xor, "IsNan": M.isnan, "IsInf": M.isinf, "IsFinite": M.isfinite,
    "Xdivy": M.xdivy, "Lerp": M.lerp, "Lgamma": M.lgamma,
    "Digamma": M.digamma, "Sinc": M.sinc, "Hypot": M.hypot, "Heaviside": M.heaviside,
    "Gcd": M.gcd, "Lcm": M.lcm, "TruncateDiv": M.truncate_div, "TruncateMod": M.truncate_mod,
    "BitwiseAnd": M.bitwise_and, "BitwiseOr": M.bitwise_or, "BitwiseXor": M.bitwise_xor,
    "Invert": M.invert, "Trace": M.trace, "MatrixDeterminant": L.det,
    "LogMatrixDeterminant": L.slogdet, "Addcmul": M.addcmul, "Addcdiv": M.addcdiv,
    "Einsum_": M.einsum, "Rint": lambda x: wrap(jnp.rint(arr(x))),
}
_ATTRS = {"Log": dict(cust_aicpu="Log", base=-1.0, scale=1.0, shift=0.0),
          "Fmax": dict(ignore_nan=True), "Fmin": dict(ignore_nan=True)}
for _name, _fn in _SIMPLE.items():
    if not _name.endswith("_"):
        globals()[_name] = fn_prim(_name, _fn, _M, attrs=_ATTRS.get(_name))
TensorAdd = fn_prim("Add", M.add, _M)


def _checked(key, prim, fn):
    rule = R.rule(key, prim, "x")

    def op(x, y):
        rule(arr(x).dtype if hasattr(x, "dtype") else arr(y).dtype)
        return fn(x, y)
    return op


RealDiv = fn_prim("RealDiv", _checked("P.RealDiv", "RealDiv", lambda x, y: M.div(
    x, y, rounding_mode="trunc") if not (arr(x).dtype.kind in "fc" or arr(y).dtype.kind in "fc")
    else M.div(x, y)), _M)
Mod = fn_prim("Mod", _checked("P.Mod", "Mod", M.fmod), _M)
Xlogy = fn_prim("Xlogy", _checked("P.Xlogy", "Xlogy", M.xlogy), _M)


class Round(Primitive):
    def __init__(self):
        self._init()

    def __call__(self, input, decimals=0):  # noqa: A002
        return M.round(input, decimals=decimals)


class SquaredDifference(Primitive):
    def __init__(self):
        self._init()

    def __call__(self, x, y):
        R.rule("P.SquaredDifference", "SquaredDifference", "x")(arr(x).dtype)
        d = M.sub(x, y)
        return M.mul(d, d)


class DivNoNan(Primitive):
    def __init__(self):
        self._init()

    def __call__(self, x, y):
        R.rule("P.DivNoNan", "DivNoNan", "x")(arr(x).dtype)
        q = M.div(x, y)
        z = arr(M.equal(y, 0))
        return wrap(jnp.where(z, jnp.zeros_like(q._array()), q._array()))


class MulNoNan(Primitive):
    def __init__(self):
        self._init()

    def __call__(self, x, y):
        R.rule("P.MulNoNan", "MulNoNan", "x")(arr(x).dtype)
        p = M.mul(x, y)
        z = arr(M.equal(y, 0))
        return wrap(jnp.where(z, jnp.zeros_like(p._array()), p._array()))


class MatMul(Primitive):
    """``ops.MatMul(transpose_a=False, transpose_b=False)``: 2-D matrix product."""

    def __init__(self, transpose_a=False, transpose_b=False):
        self._init(transpose_a=transpose_a, transpose_b=transpose_b)
        self._ta, self._tb = transpose_a, transpose_b

    def __call__(self, x, y):
        a, b = arr(x), arr(y)
        M._matmul_check("MatMul", a, b)
        if self._ta:
            a = jnp.swapaxes(a, -1, -2)
        if self._tb:
            b = jnp.swapaxes(b, -1, -2)
        if a.shape[-1] != b.shape[-2]:
            raise ValueError(f"For 'MatMul', the input dimensions must be equal, but got "
                             f"'x1_col': {a.shape[-1]} and 'x2_row': {b.shape[-2]}.")
        return wrap(jnp.matmul(a, b))


class BatchMatMul(Primitive):
    """``ops.BatchMatMul(transpose_a=False, transpose_b=False)``: batched matrix product; the
    operands must have the same rank on CPU (no rank broadcasting)."""

    def __init__(self, transpose_a=False, transpose_b=False):
        self._init(transpose_a=transpose_a, transpose_b=transpose_b)
        self._ta, self._tb = transpose_a, transpose_b

    def __call__(self, x, y):
        a, b = arr(x), arr(y)
        M._matmul_check("BatchMatMul", a, b)
        if a.ndim != b.ndim or a.ndim < 2:
            raise ValueError(f"For BatchMatMul, inputs shape cannot be broadcast on CPU/GPU, with "
                             f"x shape {list(a.shape)}, y shape {list(b.shape)}")
        if self._ta:
            a = jnp.swapaxes(a, -1, -2)
        if self._tb:
            b = jnp.swapaxes(b, -1, -2)
        return wrap(jnp.matmul(a, b))


class _Reduce(Primitive):
    """``ops.ReduceX(keep_dims=False)(x, axis=())``: reduces over ``axis`` (all axes for ``()``),
    keeping the input dtype."""

    _key = _prim = None

    def __init__(self, keep_dims=False):
        if not isinstance(keep_dims, bool):
            raise TypeError(f"For '{type(self).__name__}', the type of 'keep_dims' must be bool, "
                            f"but got {type(keep_dims).__name__}.")
        self._init(keep_dims=keep_dims)
        self._keep = keep_dims

    def __call__(self, x, axis=()):
        a = arr(x)
        out = R.rule(self._key, self.name, "x")(a.dtype)
        ax = M._check_axis(self.name, axis, a.ndim)
        return wrap(M._fit(self._reduce(a, ax, self._keep), out))


class ReduceSum(_Reduce):
    _key = "P.ReduceSum"

    def __init__(self, keep_dims=False, skip_mode=False):
        super().__init__(keep_dims)
        self.attrs["skip_mode"] = skip_mode
        self._skip = skip_mode

    def __call__(self, x, axis=()):
        if self._skip and (axis is None or axis == () or axis == []):
            return wrap(arr(x))
        return super().__call__(x, axis)

    @staticmethod
    def _reduce(a, ax, keep):
        return M._acc_sum(a, ax, keep)


class ReduceMean(_Reduce):
    _key = "P.ReduceMean"

    @staticmethod
    def _reduce(a, ax, keep):
        if a.dtype.kind in "iu":
            return M._int_mean(a, ax, keep)
        return jnp.mean(a, axis=ax, keepdims=keep)


class ReduceMax(_Reduce):
    _key = "P.ReduceMax"

    @staticmethod
    def _reduce(a, ax, keep):
        return jnp.max(a, axis=ax, keepdims=keep)


class ReduceMin(_Reduce):
    _key = "P.ReduceMin"

    @staticmethod
    def _reduce(a, ax, keep):
        return jnp.min(a, axis=ax, keepdims=keep)


class ReduceProd(_Reduce):
    _key = "P.ReduceProd"

    @staticmethod
    def _reduce(a, ax, keep):
        return jnp.prod(a, axis=ax, keepdims=keep, dtype=a.dtype)


class ReduceAll(_Reduce):
    _key = "P.ReduceAll"

    @staticmethod
    def _reduce(a, ax, keep):
        return jnp.all(a, axis=ax, keepdims=keep)


class ReduceAny(_Reduce):
    _key = "P.ReduceAny"

    @staticmethod
    def _reduce(a, ax, keep):
        return jnp.any(a, axis=ax, keepdims=keep)


class _ArgIndex(Primitive):
    _largest = True

    def __init__(self, axis=-1, output_type=mstype.int32):
        self._init(axis=axis, output_type=TYPE_ID.get(str(output_type), output_type))
        self._axis, self._type = axis, output_type

    def __call__(self, input_x):
        if self._type not in (mstype.int32, mstype.int64):
            raise ValueError(f"{self.name} error: dtype should be Int32 or Int64 but got "
                             f"{self._type}")
        self._out = mstype.to_np_dtype(self._type)
        a = arr(input_x)
        R.rule("P." + self.name, self.name)(a.dtype)
        ax = M._check_axis(self.name, self._axis, a.ndim)
        f = jnp.argmax if self._largest else jnp.argmin
        return wrap(f(a, axis=ax).astype(self._out))


class Argmax(_ArgIndex):
    """``ops.Argmax(axis=-1, output_type=mindspore.int32)``."""
    _largest = True


class Argmin(_ArgIndex):
    """``ops.Argmin(axis=-1, output_type=mindspore.int32)``."""
    _largest = False


class _ArgWithValue(Primitive):
    _largest = True

    def __init__(self, axis=0, keep_dims=False):
        self._init(axis=axis, keep_dims=keep_dims)
        self._axis, self._keep = axis, keep_dims

    def __call__(self, input):  # noqa: A002
        a = arr(input)
        R.rule("P." + self.name, self.name)(a.dtype)
        ax = M._check_axis(self.name, self._axis, a.ndim)
        f, red = (jnp.argmax, jnp.max) if self._largest else (jnp.argmin, jnp.min)
        return (wrap(f(a, axis=ax, keepdims=self._keep).astype(np.int64)),
                wrap(red(a, axis=ax, keepdims=self._keep)))


class ArgMaxWithValue(_ArgWithValue):
    """``ops.ArgMaxWithValue(axis=0, keep_dims=False)``: ``(Int64 index, value)``."""
    _largest = True


class ArgMinWithValue(_ArgWithValue):
    """``ops.ArgMinWithValue(axis=0, keep_dims=False)``: ``(Int64 index, value)``."""
    _largest = False


class _Cumulative(Primitive):
    def __init__(self, exclusive=False, reverse=False):
        self._init(exclusive=exclusive, reverse=reverse)
        self._ex, self._rev = exclusive, reverse

    def __call__(self, input, axis):  # noqa: A002
        a = arr(input)
        R.rule("P." + self.name, self.name)(a.dtype)
        ax = M._check_axis(self.name, axis, a.ndim)
        if self._rev:
            a = jnp.flip(a, ax)
        r = self._op(a, axis=ax, dtype=a.dtype)
        if self._ex:
            ident = 0 if self.name == "CumSum" else 1
            pad = jnp.full_like(jnp.take(r, jnp.asarray([0]), axis=ax), ident)
            r = jnp.concatenate([pad, jax_slice(r, ax)], axis=ax)
        if self._rev:
            r = jnp.flip(r, ax)
        return wrap(r)


def jax_slice(r, ax):
    n = r.shape[ax]
    return jnp.take(r, jnp.arange(n - 1), axis=ax)


class CumSum(_Cumulative):
    """``ops.CumSum(exclusive=False, reverse=False)(x, axis)``."""
    _op = staticmethod(jnp.cumsum)


class CumProd(_Cumulative):
    """``ops.CumProd(exclusive=False, reverse=False)(x, axis)``."""
    _op = staticmethod(jnp.cumprod)


class Cummax(Primitive):
    def __init__(self, axis):
        self._init(axis=axis)
        self._axis = axis

    def __call__(self, input):  # noqa: A002
        return M.cummax(input, self._axis)


class Cummin(Primitive):
    def __init__(self, axis):
        self._init(axis=axis)
        self._axis = axis

    def __call__(self, input):  # noqa: A002
        return M.cummin(input, self._axis)


class AddN(Primitive):
    """``ops.AddN()(inputs)``: elementwise sum of a list/tuple of Tensors."""

    def __init__(self):
        self._init()

    def __call__(self, *args):
        xs = args[0] if len(args) == 1 and isinstance(args[0], (list, tuple)) else args
        arrays = [arr(x) for x in xs]
        out = arrays[0]
        for a in arrays[1:]:
            out = out | a if out.dtype == np.bool_ else out + a
        return wrap(out)


AccumulateNV2 = type("AccumulateNV2", (AddN,), {"__module__": _M})


class IsClose(Primitive):
    def __init__(self, rtol=1e-05, atol=1e-08, equal_nan=False):
        self._init(rtol=rtol, atol=atol, equal_nan=equal_nan)
        self._kw = dict(rtol=rtol, atol=atol, equal_nan=equal_nan)

    def __call__(self, input, other):  # noqa: A002
        return M.isclose(input, other, **self._kw)


class ApproximateEqual(Primitive):
    def __init__(self, tolerance=1e-05):
        self._init(tolerance=tolerance)
        self._tol = tolerance

    def __call__(self, x, y):
        return M.approximate_equal(x, y, self._tol)


class Cross(Primitive):
    def __init__(self, dim=-65530):
        self._init(dim=dim)
        self._dim = None if dim == -65530 else dim

    def __call__(self, input, other):  # noqa: A002
        return M.cross(input, other, self._dim)


class Cdist(Primitive):
    def __init__(self, p=2.0):
        self._init(p=p)
        self._p = p

    def __call__(self, x1, x2):
        return M.cdist(x1, x2, self._p)


class MatrixInverse(Primitive):
    def __init__(self, adjoint=False):
        self._init(adjoint=adjoint)
        self._adj = adjoint

    def __call__(self, x):
        r = L.inverse(x)
        return wrap(jnp.conj(jnp.swapaxes(r._array(), -1, -2))) if self._adj else r


class Einsum(Primitive):
    def __init__(self, equation):
        self._init(equation=equation)
        self._eq = equation.replace(" ", "")

    def __call__(self, *args):
        xs = args[0] if len(args) == 1 and isinstance(args[0], (list, tuple)) else args
        return M.einsum(self._eq, *xs)


class L2Loss(Primitive):
    """``ops.L2Loss()(x)``: ``sum(x ** 2) / 2``."""

    def __init__(self):
        self._init()

    def __call__(self, x):
        a = arr(x)
        R.rule("P.L2Loss", "L2Loss", "x")(a.dtype)
        return wrap((jnp.sum(a * a) / 2).astype(a.dtype))


class EqualCount(Primitive):
    def __init__(self):
        self._init()

    def __call__(self, x, y):
        a, b = arr(x), arr(y)
        return wrap(jnp.sum(a == b).astype(a.dtype).reshape(1))


__all__ = sorted([n for n, v in list(globals().items()) if isinstance(v, type)
                  and issubclass(v, Primitive) and v is not Primitive and not n.startswith("_")])
