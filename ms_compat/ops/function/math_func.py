"""``mindspore.ops`` math functions (``mindspore/ops/function/math_func.py``).

Dtype behaviour is MindSpore 2.10's on CPU, read from the measured table ``_op_dtypes.json``
(see ``_op_dtypes.py``): float functions reject integer tensors where MindSpore does (``ops.exp``
of an Int32 tensor is a TypeError) and compute in Float32 where MindSpore does (``ops.sqrt``,
``ops.reciprocal``); ``ops.sum``/``ops.prod`` of integers give Int64, ``ops.mean`` of integers
keeps the dtype (truncating), ``ops.argmax`` gives Int64 but ``ops.argmin`` Int32,
``ops.max(x, axis)`` returns ``(values, indices)``.

Binary ops apply MindSpore's promotion (``_src/promotion.py``) before the dtype check.
"""
from __future__ import annotations

import builtins
import numbers

import jax
import jax.numpy as jnp
import numpy as np

from ..._src import dtype as mstype
from ..._src import promotion
from ..._src.tensor import Tensor
from . import _op_dtypes as R
from ._util import arr, axis_arg, np_dtype, wrap

_F32 = np.dtype(np.float32)
_F64 = np.dtype(np.float64)
_I32 = np.dtype(np.int32)
_I64 = np.dtype(np.int64)
_BOOL = np.dtype(np.bool_)
_operands = promotion.operands


def _tensor_dtype(x, y):
    """The dtype that decides a binary op's kernel: the array operand's (after promotion)."""
    return x.dtype if hasattr(x, "dtype") else y.dtype


def _fit(r, out):
    return r if r.dtype == out else r.astype(out)


# ----------------------------------------------------------------------------- elementwise unary
def _unary(key, prim, jfn, arg="input"):
    rule = R.rule(key, prim, arg)

    def op(input):  # noqa: A002 (MindSpore's argument name)
        x = arr(input)
        out = rule(x.dtype)
        if out != x.dtype and out.kind in "fc":
            x = x.astype(out)
        return wrap(_fit(jfn(x), out))
    return op


def _unary_same(jfn):
    """Unary ops MindSpore runs on every dtype, keeping it."""
    def op(input):  # noqa: A002
        return wrap(jfn(arr(input)))
    return op


neg = _unary("neg", "Neg", jnp.negative)
negative = neg
_abs = _unary("abs", "Abs", jnp.abs)


def abs(input):  # noqa: A001
    """``ops.abs``; a complex input keeps its complex dtype (MindSpore 2.10)."""
    x = arr(input)
    if x.dtype.kind == "c":
        return wrap(jnp.abs(x).astype(x.dtype))
    return _abs(input)



absolute = abs
exp = _unary("exp", "Exp", jnp.exp)
exp2 = _unary("exp2", "Pow", jnp.exp2)
expm1 = _unary("expm1", "Expm1", jnp.expm1)
log = _unary("log", "Log", jnp.log)
log1p = _unary("log1p", "Log1p", jnp.log1p)
log2 = _unary("log2", "Log2", jnp.log2)
log10 = _unary("log10", "Log10", jnp.log10)
sqrt = _unary("sqrt", "Sqrt", jnp.sqrt)
rsqrt = _unary("rsqrt", "Rsqrt", jax.lax.rsqrt)
square = _unary("square", "Square", jnp.square)
reciprocal = _unary("reciprocal", "Reciprocal", jnp.reciprocal)
sin = _unary("sin", "Sin", jnp.sin)
cos = _unary("cos", "Cos", jnp.cos)
tan = _unary("tan", "Tan", jnp.tan)
asin = _unary("asin", "Asin", jnp.arcsin)
arcsin = asin
acos = _unary("acos", "ACos", jnp.arccos)
arccos = acos
atan = _unary("atan", "Atan", jnp.arctan)
arctan = atan
sinh = _unary("sinh", "Sinh", jnp.sinh)
cosh = _unary("cosh", "Cosh", jnp.cosh)
tanh = _unary("tanh", "Tanh", jnp.tanh)
asinh = _unary("asinh", "Asinh", jnp.arcsinh)
arcsinh = asinh
acosh = _unary("acosh", "Acosh", jnp.arccosh)
arccosh = acosh
atanh = _unary("atanh", "Atanh", jnp.arctanh)
arctanh = atanh
erf = _unary("erf", "Erf", jax.scipy.special.erf)
erfc = _unary("erfc", "Erfc", jax.scipy.special.erfc)
erfinv = _unary("erfinv", "Erfinv", jax.scipy.special.erfinv)
sign = _unary("sign", "Sign", jnp.sign)
sgn = sign
floor = _unary("floor", "Floor", jnp.floor)
ceil = _unary("ceil", "Ceil", jnp.ceil, "input_x")
trunc = _unary_same(lambda x: jnp.trunc(x) if x.dtype.kind in "fc" else x)
deg2rad = _unary("deg2rad", "deg2rad", jnp.deg2rad, "x")
rad2deg = _unary("rad2deg", "rad2deg", jnp.rad2deg, "x")
isnan = _unary("isnan", "IsNan", jnp.isnan)
isinf = _unary("isinf", "IsInf", jnp.isinf)
isfinite = _unary("isfinite", "IsFinite", jnp.isfinite)
isneginf = _unary("isneginf", "IsInf", jnp.isneginf)
isposinf = _unary("isposinf", "IsInf", jnp.isposinf)
logical_not = _unary("logical_not", "LogicalNot", jnp.logical_not)
invert = _unary("invert", "Invert", jnp.invert, "x")
bitwise_not = invert
lgamma = _unary("lgamma", "Lgamma", jax.scipy.special.gammaln, "x")
digamma = _unary("digamma", "Digamma", jax.scipy.special.digamma)
sinc = _unary("sinc", "Sinc", jnp.sinc)
inv = _unary("inv", "Inv", lambda x: jnp.reciprocal(x) if x.dtype.kind in "fc"
             else jnp.where(jnp.abs(x) == 1, x, jnp.zeros_like(x)), "x")
positive = _unary_same(lambda x: x)


def frac(x):
    """``ops.frac``: ``x - trunc(x)``; integer tensors give zeros (Bool gives Int64 zeros)."""
    a = arr(x)
    if a.dtype.kind == "b":
        return wrap(jnp.zeros(a.shape, _I64))
    if a.dtype.kind in "iu":
        return wrap(jnp.zeros_like(a))
    return wrap(a - jnp.trunc(a))


def round(input, *, decimals=0):  # noqa: A001
    """``ops.round``: half to even; MindSpore's CPU kernel only supports ``decimals=0``."""
    x = arr(input)
    R.rule("round", "Round")(x.dtype)
    if decimals != 0:
        raise RuntimeError(f"For Round only support decimals equal 0, but got decimals equal "
                           f"{decimals}")
    return wrap(jnp.round(x) if x.dtype.kind in "fc" else x)


def isreal(input):  # noqa: A002
    x = arr(input)
    if x.dtype.kind == "c":
        return wrap(jnp.imag(x) == 0)
    return wrap(jnp.ones(x.shape, _BOOL))


def is_floating_point(input):  # noqa: A002
    return arr(input).dtype.kind == "f" or str(arr(input).dtype) == "bfloat16"


def is_complex(input):  # noqa: A002
    return arr(input).dtype.kind == "c"


def logit(input, eps=None):  # noqa: A002
    x = arr(input)
    R.rule("logit", "Logit")(x.dtype)
    if eps is not None and eps >= 0:
        x = jnp.clip(x, eps, 1 - eps)
    return wrap(jnp.log(x / (1 - x)))


def nan_to_num(input, nan=None, posinf=None, neginf=None):  # noqa: A002
    """``ops.nan_to_num``: nan -> 0 by default, +-inf -> the dtype's largest/lowest value."""
    x = arr(input)
    R.rule("nan_to_num", "NanToNum")(x.dtype)
    return wrap(jnp.nan_to_num(x, nan=0.0 if nan is None else nan, posinf=posinf, neginf=neginf))


def signbit(input):  # noqa: A002
    x = arr(input)
    return wrap(jnp.signbit(x) if x.dtype.kind in "fc" else x < 0)


# ----------------------------------------------------------------------------- elementwise binary
def _binary(key, prim, jfn, check_bcast=True, bcast_prim=None):
    """``bcast_prim``: the primitive named in the broadcast error when it is not ``prim``
    (``Tensor.__add__`` reports ``AddExt``)."""
    rule = R.rule(key, prim, "x")

    def op(input, other):  # noqa: A002
        x, y = _operands(input, other)
        if check_bcast:
            promotion.check_broadcast(bcast_prim or prim, x, y)
        out = rule(_tensor_dtype(x, y))
        if out.kind in "fc":
            if hasattr(x, "dtype") and x.dtype != out:
                x = x.astype(out)
            if hasattr(y, "dtype") and y.dtype != out:
                y = y.astype(out)
        return wrap(_fit(jnp.asarray(jfn(x, y)), out))
    return op


add = _binary("add", "Add", jnp.add)
sub = _binary("sub", "Sub", jnp.subtract)
mul = _binary("mul", "Mul", jnp.multiply)
subtract_ = sub
multiply = mul
maximum = _binary("maximum", "Maximum", lambda x, y: jnp.where(x > y, x, y))
minimum = _binary("minimum", "Minimum", lambda x, y: jnp.where(x < y, x, y))
fmax = _binary("fmax", "Fmax", jnp.fmax)
fmin = _binary("fmin", "Fmin", jnp.fmin)
atan2 = _binary("atan2", "Atan2", jnp.arctan2)
arctan2 = atan2
hypot = _binary("hypot", "Hypot", jnp.hypot)
logaddexp = _binary("logaddexp", "LogAddExp", jnp.logaddexp)
logaddexp2 = _binary("logaddexp2", "LogAddExp2", jnp.logaddexp2)
xlogy = _binary("xlogy", "Xlogy", lambda x, y: x * jnp.log(y))
xdivy = _binary("xdivy", "Xdivy", lambda x, y: jnp.where(x == 0, jnp.zeros_like(x / y), x / y))
copysign = _binary("copysign", "CopySign", jnp.copysign)
heaviside = _binary("heaviside", "Heaviside", jnp.heaviside)
def _by_zero(jfn, rule):
    """``jfn`` whose integer results for a zero divisor are those of MindSpore's CPU kernels
    (XLA leaves them undefined): ``rule`` "floor" -> INT_MAX / INT_MIN / 0 by the sign of x,
    "min" -> INT_MIN, "x" -> x."""
    def f(x, y):
        out = jnp.asarray(jfn(x, y))
        if out.dtype.kind not in "iu" or np.dtype(getattr(y, "dtype", out.dtype)).kind not in "iu":
            return out
        info = np.iinfo(out.dtype)
        if rule == "floor":
            zero = jnp.where(x > 0, info.max, jnp.where(x < 0, info.min, 0))
        elif rule == "min":
            zero = info.min
        else:
            zero = x
        return jnp.where(y == 0, jnp.asarray(zero).astype(out.dtype), out)
    return f


_floordiv0 = _by_zero(jnp.floor_divide, "floor")
_mod0 = _by_zero(jnp.mod, "min")
floor_divide = _binary("floor_divide", "FloorDiv", _floordiv0)
floor_mod = _binary("floor_mod", "FloorMod", _mod0)
floormod = floor_mod
remainder = _binary("remainder", "Remainder", _by_zero(jnp.mod, "x"))
fmod = _binary("fmod", "Fmod", _by_zero(jnp.fmod, "x"))
truncate_div = _binary("truncate_div", "TruncateDiv",
                       lambda x, y: jnp.trunc(x / y) if jnp.result_type(x, y).kind in "fc"
                       else jax.lax.div(*jnp.broadcast_arrays(*_same(x, y))))
truncate_mod = _binary("truncate_mod", "TruncateMod", jnp.fmod)


def _trunc_div(x, y):
    if jnp.result_type(x, y) == np.bool_:
        return jnp.asarray(x) & jnp.asarray(y)
    if jnp.result_type(x, y).kind in "fc":
        return jnp.trunc(x / y)
    return jax.lax.div(*jnp.broadcast_arrays(*_same(x, y)))


def _floor_div(x, y):
    if jnp.result_type(x, y) == np.bool_:
        return jnp.asarray(x) & jnp.asarray(y)
    return jnp.floor_divide(x, y)


_div_trunc = _binary("div_trunc", "Div", _by_zero(_trunc_div, "min"))
_div_floor = _binary("div_floor", "FloorDiv", _by_zero(_floor_div, "floor"))
gcd = _binary("gcd", "Gcd", jnp.gcd)
lcm = _binary("lcm", "Lcm", jnp.lcm)
bitwise_and = _binary("bitwise_and", "BitwiseAnd", jnp.bitwise_and)
bitwise_or = _binary("bitwise_or", "BitwiseOr", jnp.bitwise_or)
bitwise_xor = _binary("bitwise_xor", "BitwiseXor", jnp.bitwise_xor)
bitwise_left_shift = _binary("bitwise_left_shift", "LeftShift", jnp.left_shift)
bitwise_right_shift = _binary("bitwise_right_shift", "RightShift", jnp.right_shift)
def _int_power(x, y):
    """``jnp.power``, except that an integer base to a negative integer power is what MindSpore's
    CPU kernel gives (0, or +-1 for a base of +-1) instead of JAX's undefined value."""
    out = jnp.power(x, y)
    xd, yd = getattr(x, "dtype", None), getattr(y, "dtype", None)
    if xd is None or yd is None or np.dtype(xd).kind not in "iu" or np.dtype(yd).kind != "i":
        return out
    odd = (y % 2) != 0
    neg = jnp.where(x == 1, 1, jnp.where(x == -1, jnp.where(odd, -1, 1), 0)).astype(out.dtype)
    return jnp.where(y < 0, neg, out)


pow = _binary("pow", "Pow", _int_power)  # noqa: A001
tensor_pow = pow
tensor_add = add
tensor_sub = sub
tensor_mul = mul
tensor_mod = floor_mod
tensor_floordiv = floor_divide


def _same(x, y):
    dt = jnp.result_type(x, y)
    return jnp.asarray(x, dt), jnp.asarray(y, dt)


def subtract(input, other, *, alpha=1):  # noqa: A002
    return sub(input, other if alpha == 1 else mul(other, alpha))


def div(input, other, *, rounding_mode=None):  # noqa: A002
    """``ops.div``: true division gives Float32 for integers; 'floor' / 'trunc' keep the dtype."""
    if rounding_mode is None:
        x, y = _operands(input, other)
        promotion.check_broadcast("Div", x, y)
        out = R.rule("div", "Div", "x")(_tensor_dtype(x, y))
        return wrap(_fit(jnp.true_divide(promotion.to_float(x), promotion.to_float(y)), out))
    if rounding_mode == "floor":
        return _div_floor(input, other)
    if rounding_mode == "trunc":
        return _div_trunc(input, other)
    raise ValueError("For ops.div, rounding_mode value should be None, 'floor' or 'trunc'.")


divide = div


def true_divide(dividend, divisor):
    return div(dividend, divisor)


tensor_div = true_divide


def float_power(input, exponent):  # noqa: A002
    """``ops.float_power``: computes in Float64 (complex in Complex128)."""
    x, y = _operands(input, exponent)
    kind = "c" if jnp.result_type(x, y).kind == "c" else "f"
    dt = np.dtype(np.complex128) if kind == "c" else _F64
    return wrap(jnp.power(jnp.asarray(x, dt), jnp.asarray(y, dt)))


def pows(input, exponent):  # noqa: A002
    return pow(input, exponent)


def lerp(input, end, weight):  # noqa: A002
    x, e = _operands(input, end)
    R.rule("lerp", "Lerp")(x.dtype)
    w = weight._array() if isinstance(weight, Tensor) else weight
    return wrap(_fit(x + w * (e - x), x.dtype))


def addcmul(input, tensor1, tensor2, value=1):  # noqa: A002
    x = arr(input)
    R.rule("addcmul", "Addcmul")(x.dtype)
    v = arr(value) if isinstance(value, Tensor) else value
    return wrap(_fit(x + v * arr(tensor1) * arr(tensor2), x.dtype))


def addcdiv(input, tensor1, tensor2, value=1):  # noqa: A002
    x = arr(input)
    R.rule("addcdiv", "Addcdiv")(x.dtype)
    v = arr(value) if isinstance(value, Tensor) else value
    return wrap(_fit(x + v * arr(tensor1) / arr(tensor2), x.dtype))


def addn(x):
    """``ops.addn``: elementwise sum of a list/tuple of Tensors (Bool adds as logical or)."""
    arrays = [arr(t) for t in x]
    out = arrays[0]
    for a in arrays[1:]:
        out = (out | a) if out.dtype == np.bool_ else out + a
    return wrap(out)


accumulate_n = addn


# ----------------------------------------------------------------------------- comparison / logic
def _compare(key, prim, jfn):
    rule = R.rule(key, prim, "x")

    def op(input, other):  # noqa: A002
        x, y = _operands(input, other)
        promotion.check_broadcast(prim, x, y)
        rule(_tensor_dtype(x, y))
        return wrap(jfn(x, y))
    return op


_equal = _compare("equal", "Equal", jnp.equal)


def equal(input, other):  # noqa: A002
    """``ops.equal``: ``input`` must be a Tensor (``other`` may be a number)."""
    if not isinstance(input, Tensor):
        raise TypeError(f"Failed calling Equal with \"Equal()(input={type(input).__name__}, "
                        f"other={type(other).__name__})\".")
    return _equal(input, other)


eq = equal
not_equal = _compare("not_equal", "NotEqual", jnp.not_equal)
ne = not_equal
greater = _compare("greater", "Greater", jnp.greater)
gt = greater
tensor_gt = greater
greater_equal = _compare("greater_equal", "GreaterEqual", jnp.greater_equal)
ge = greater_equal
tensor_ge = greater_equal
less = _compare("less", "Less", jnp.less)
lt = less
tensor_lt = less
less_equal = _compare("less_equal", "LessEqual", jnp.less_equal)
le = less_equal
tensor_le = less_equal


def _logical(jfn):
    def op(input, other):  # noqa: A002
        return wrap(jfn(arr(input), arr(other)))
    return op


logical_and = _logical(jnp.logical_and)
logical_or = _logical(jnp.logical_or)
logical_xor = _logical(jnp.logical_xor)


def isclose(input, other, rtol=1e-05, atol=1e-08, equal_nan=False):  # noqa: A002
    if not isinstance(input, Tensor) or not isinstance(other, Tensor):
        raise TypeError(f"Failed calling IsClose with \"IsClose(rtol=float, atol=float, "
                        f"equal_nan=bool)(input={type(input).__name__}, "
                        f"other={type(other).__name__})\".")
    x, y = _operands(input, other)
    return wrap(jnp.isclose(x, y, rtol=rtol, atol=atol, equal_nan=equal_nan))


def allclose(input, other, rtol=1e-05, atol=1e-08, equal_nan=False):  # noqa: A002
    """``Tensor.allclose``: a Python bool (MindSpore has no ``ops.allclose``)."""
    x, y = _operands(input, other)
    return bool(jnp.all(jnp.isclose(x, y, rtol=rtol, atol=atol, equal_nan=equal_nan)))


def approximate_equal(x, y, tolerance=1e-05):
    a, b = _operands(x, y)
    R.rule("approximate_equal", "ApproximateEqual", "x")(a.dtype)
    return wrap(jnp.abs(a - b) < tolerance)


# ----------------------------------------------------------------------------- reductions
def _check_axis(prim, axis, ndim):
    """Normalised axis (None, int or tuple); MindSpore's ValueError for one out of range."""
    if axis is None:
        return None
    if isinstance(axis, Tensor):
        axis = axis.asnumpy().tolist()
    if isinstance(axis, (list, tuple)):
        if len(axis) == 0:
            return None
        for a in axis:
            _check_axis(prim, a, ndim)
        return tuple(int(a) for a in axis)
    if not isinstance(axis, (numbers.Integral, np.integer)) or isinstance(axis, bool):
        raise TypeError(f"For '{prim}', the 'axis' must be int, tuple or list of int, but got "
                        f"{type(axis).__name__}.")
    lo = -builtins.max(ndim, 1)
    if not lo <= axis < builtins.max(ndim, 1):
        raise ValueError(f"For primitive[{prim}], the axis value must be in [{lo},{-lo}), but got "
                         f"{axis}.")
    return int(axis)


def _reduce(key, prim, jfn, cast_in=False):
    """A reduction with MindSpore's dtype row; ``cast_in`` computes in the result dtype."""
    rule = R.rule(key, prim)

    def op(x, axis, keepdims):
        out = rule(x.dtype)
        ax = _check_axis(prim, axis, x.ndim)
        if cast_in and out != x.dtype:
            x = x.astype(out)
        return _fit(jfn(x, axis=ax, keepdims=keepdims), out)
    return op


def _acc_sum(x, axis=None, keepdims=False, dtype=None):
    """``jnp.sum`` in ``dtype`` (default: the input's); float16/bfloat16 accumulate in float32
    and round once, as MindSpore's kernels do (``jnp.sum(..., dtype=float16)`` would round every
    partial sum to float16)."""
    dt = x.dtype if dtype is None else jnp.dtype(dtype)
    if dt in (jnp.float16, jnp.bfloat16) and x.dtype == dt:
        return jnp.sum(x, axis=axis, keepdims=keepdims, dtype=jnp.float32).astype(dt)
    return jnp.sum(x, axis=axis, keepdims=keepdims, dtype=dt)


_sum = _reduce("sum", "SumExt", lambda x, axis, keepdims: _acc_sum(x, axis, keepdims,
                                                                   _sum_dtype(x)))
_prod = _reduce("prod", "ProdExt", lambda x, axis, keepdims: jnp.prod(
    x, axis=axis, keepdims=keepdims, dtype=_sum_dtype(x)))
_amax = _reduce("amax", "ReduceMax", jnp.max)
_amin = _reduce("amin", "ReduceMin", jnp.min)


def _sum_dtype(x):
    return _I64 if x.dtype.kind in "biu" else x.dtype


def sum(input, dim=None, keepdim=False, *, dtype=None):  # noqa: A001
    """``ops.sum``: integer and bool inputs sum to Int64 (``dtype`` overrides)."""
    x = arr(input)
    if dtype is not None:
        dt = np_dtype(dtype)
        ax = _check_axis("SumExt", dim, x.ndim)
        return wrap(jnp.sum(x, axis=ax, keepdims=keepdim, dtype=dt))
    return wrap(_sum(x, dim, keepdim))


def _int_mean(x, axis, keepdims):
    """MindSpore's mean of integers: the sum divided with truncation, in the input dtype."""
    s = jnp.sum(x, axis=axis, keepdims=keepdims, dtype=_I64)
    n = x.size if axis is None else int(np.prod([x.shape[a] for a in
                                                 (axis if isinstance(axis, tuple) else (axis,))]))
    n = builtins.max(n, 1)
    q = jnp.where(s < 0, -((-s) // n), s // n)
    return q.astype(x.dtype)


def _mean_arr(x, axis, keep_dims, prim="ReduceMean", key="mean"):
    R.rule(key, prim)(x.dtype)
    ax = _check_axis(prim, axis, x.ndim)
    if x.dtype.kind in "iu":
        return _int_mean(x, ax, keep_dims)
    return jnp.mean(x, axis=ax, keepdims=keep_dims)


def mean(x, axis=None, keep_dims=False):
    """``ops.mean``: integer inputs keep their dtype (the mean truncated toward zero)."""
    return wrap(_mean_arr(arr(x), axis, keep_dims))


def prod(input, axis=None, keep_dims=False, dtype=None):  # noqa: A002
    x = arr(input)
    if dtype is not None:
        ax = _check_axis("ProdExt", axis, x.ndim)
        return wrap(jnp.prod(x, axis=ax, keepdims=keep_dims, dtype=np_dtype(dtype)))
    return wrap(_prod(x, axis, keep_dims))


def _with_initial(x, r, jfn, axis, keepdims, initial, where):
    if where is not None:
        w = arr(where)
        if initial is None:
            raise ValueError("For 'amax'/'amin', 'initial' must be set when 'where' is set.")
        return jfn(x, axis=axis, keepdims=keepdims, initial=initial, where=w)
    if initial is not None:
        return jfn(x, axis=axis, keepdims=keepdims, initial=initial)
    return r


def amax(input, axis=None, keepdims=False, *, initial=None, where=None):  # noqa: A002
    x = arr(input)
    if initial is None and where is None:
        return wrap(_amax(x, axis, keepdims))
    R.rule("amax", "ReduceMax")(x.dtype)
    ax = _check_axis("ReduceMax", axis, x.ndim)
    return wrap(_with_initial(x, None, jnp.max, ax, keepdims, initial, where).astype(x.dtype))


def amin(input, axis=None, keepdims=False, *, initial=None, where=None):  # noqa: A002
    x = arr(input)
    if initial is None and where is None:
        return wrap(_amin(x, axis, keepdims))
    R.rule("amin", "ReduceMin")(x.dtype)
    ax = _check_axis("ReduceMin", axis, x.ndim)
    return wrap(_with_initial(x, None, jnp.min, ax, keepdims, initial, where).astype(x.dtype))


def _arg_extreme(x, axis, keepdims, largest):
    """Index of the first extreme value along one axis (flattened when ``axis`` is None)."""
    f = jnp.argmax if largest else jnp.argmin
    if axis is None:
        return f(x.reshape(-1))
    return f(x, axis=axis, keepdims=keepdims)


def _max_min(input, axis, keepdims, initial, where, largest):  # noqa: A002
    x = arr(input)
    key, prim = ("max", "ArgMaxWithValue") if largest else ("min", "ArgMinWithValue")
    R.rule(key if axis is None else key + "_axis", prim)(x.dtype)
    if axis is None:
        red = jnp.max if largest else jnp.min
        v = red(x) if initial is None and where is None else _with_initial(
            x, None, red, None, False, initial, where)
        return wrap(_fit(jnp.asarray(v), x.dtype)), wrap(jnp.asarray(0, _I64))
    ax = _check_axis(prim, axis, x.ndim)
    red = jnp.max if largest else jnp.min
    v = red(x, axis=ax, keepdims=keepdims)
    idx = _arg_extreme(x, ax, keepdims, largest).astype(_I64)
    if initial is not None or where is not None:
        v2 = _with_initial(x, v, red, ax, keepdims, initial, where)
        idx = jnp.where(v2 != v, jnp.zeros_like(idx), idx)
        v = v2
    return wrap(_fit(v, x.dtype)), wrap(idx)


def max(input, axis=None, keepdims=False, *, initial=None, where=None):  # noqa: A001
    """``ops.max``: ``(values, indices)``; with ``axis=None`` the maximum and index 0."""
    return _max_min(input, axis, keepdims, initial, where, True)


def min(input, axis=None, keepdims=False, *, initial=None, where=None):  # noqa: A001
    return _max_min(input, axis, keepdims, initial, where, False)


def aminmax(input, *, axis=0, keepdims=False):  # noqa: A002
    x = arr(input)
    R.rule("aminmax", "ArgMinWithValue")(x.dtype)
    ax = _check_axis("ArgMinWithValue", axis, x.ndim)
    return (wrap(jnp.min(x, axis=ax, keepdims=keepdims)),
            wrap(jnp.max(x, axis=ax, keepdims=keepdims)))


def _arg_index(input, axis, keep, is_max, key, prim, out_dtype):  # noqa: A002
    x = arr(input)
    R.rule(key, prim)(x.dtype)
    ax = None if axis is None else _check_axis(prim, axis, x.ndim)
    if ax is None and keep:
        flat = jnp.argmax(x.reshape(-1)) if is_max else jnp.argmin(x.reshape(-1))
        return wrap(flat.astype(out_dtype).reshape((1,) * x.ndim))
    return wrap(_arg_extreme(x, ax, keep, is_max).astype(out_dtype))


def argmax(input, dim=None, keepdim=False):  # noqa: A002
    """``ops.argmax``: Int64 indices of the first maximum (flattened when ``dim`` is None)."""
    return _arg_index(input, dim, keepdim, True, "argmax", "Argmax", _I64)


def argmin(input, axis=None, keepdims=False):  # noqa: A002
    """``ops.argmin``: Int32 indices (MindSpore's Argmin default output type)."""
    return _arg_index(input, axis, keepdims, False, "argmin", "Argmin", _I32)


def all(input, axis=None, keep_dims=False):  # noqa: A001
    x = arr(input)
    return wrap(jnp.all(x, axis=_check_axis("ReduceAll", axis, x.ndim), keepdims=keep_dims))


def any(input, axis=None, keep_dims=False):  # noqa: A001
    """``ops.any``: Bool, except that a UInt8 input gives UInt8 (MindSpore 2.10)."""
    x = arr(input)
    r = jnp.any(x, axis=_check_axis("ReduceAny", axis, x.ndim), keepdims=keep_dims)
    return wrap(r.astype(x.dtype) if x.dtype == np.uint8 else r)


def _moments(key, prim, input, axis, ddof, keepdims):  # noqa: A002
    x = arr(input)
    R.rule(key, prim)(x.dtype)
    ax = _check_axis(prim, axis, x.ndim)
    if isinstance(ddof, bool):
        ddof = int(ddof)
    return x, ax, ddof


def var(input, axis=None, ddof=0, keepdims=False):  # noqa: A002
    x, ax, ddof = _moments("var", "Var", input, axis, ddof, keepdims)
    return wrap(jnp.var(x, axis=ax, ddof=ddof, keepdims=keepdims))


def std(input, axis=None, ddof=0, keepdims=False):  # noqa: A002
    x, ax, ddof = _moments("std", "Std", input, axis, ddof, keepdims)
    return wrap(jnp.std(x, axis=ax, ddof=ddof, keepdims=keepdims))


def var_mean(input, axis=None, ddof=0, keepdims=False):  # noqa: A002
    x, ax, ddof = _moments("var_mean", "VarMean", input, axis, ddof, keepdims)
    return (wrap(jnp.var(x, axis=ax, ddof=ddof, keepdims=keepdims)),
            wrap(jnp.mean(x, axis=ax, keepdims=keepdims)))


def std_mean(input, axis=None, ddof=0, keepdims=False):  # noqa: A002
    x, ax, ddof = _moments("std_mean", "StdMean", input, axis, ddof, keepdims)
    return (wrap(jnp.std(x, axis=ax, ddof=ddof, keepdims=keepdims)),
            wrap(jnp.mean(x, axis=ax, keepdims=keepdims)))


def logsumexp(input, dim, keepdim=False):  # noqa: A002
    x = arr(input)
    R.rule("logsumexp", "LogSumExp")(x.dtype)
    ax = _check_axis("LogSumExp", dim, x.ndim)
    return wrap(jax.scipy.special.logsumexp(x, axis=ax, keepdims=keepdim))


def nansum(input, axis=None, keepdims=False, *, dtype=None):  # noqa: A002
    x = arr(input)
    out = R.rule("nansum", "NanSum")(x.dtype)
    ax = _check_axis("NanSum", axis, x.ndim)
    r = jnp.nansum(x, axis=ax, keepdims=keepdims)
    return wrap(r.astype(np_dtype(dtype) if dtype is not None else out))


def nanmean(input, axis=None, keepdims=False, *, dtype=None):  # noqa: A002
    x = arr(input)
    R.rule("nanmean", "NanMean")(x.dtype)
    ax = _check_axis("NanMean", axis, x.ndim)
    r = jnp.nanmean(x, axis=ax, keepdims=keepdims)
    return wrap(r if dtype is None else r.astype(np_dtype(dtype)))


def median(input, axis=-1, keepdims=False):  # noqa: A002
    """``ops.median``: ``(values, indices)``; for an even count the lower middle value."""
    x = arr(input)
    R.rule("median", "Median")(x.dtype)
    ax = _check_axis("Median", axis, x.ndim)
    if x.ndim == 0:
        return wrap(x), wrap(jnp.asarray(0, _I64))
    n = x.shape[ax]
    order = jnp.argsort(x, axis=ax, stable=True)
    k = (n - 1) // 2
    idx = jnp.take(order, jnp.asarray([k]), axis=ax)
    vals = jnp.take_along_axis(x, idx, axis=ax)
    if not keepdims:
        idx, vals = jnp.squeeze(idx, ax), jnp.squeeze(vals, ax)
    return wrap(vals), wrap(idx.astype(_I64))


def count_nonzero(x, axis=(), keep_dims=False, dtype=mstype.int32):
    a = arr(x)
    R.rule("count_nonzero", "CountNonZero")(a.dtype)
    ax = _check_axis("CountNonZero", axis, a.ndim)
    return wrap(jnp.sum(a != 0, axis=ax, keepdims=keep_dims).astype(np_dtype(dtype)))


def reduce_sum(x, axis=()):
    a = arr(x)
    R.rule("reduce_sum", "ReduceSum")(a.dtype)
    return wrap(_acc_sum(a, _check_axis("ReduceSum", axis, a.ndim)))


def reduce_mean(x, axis=()):
    return wrap(_mean_arr(arr(x), axis, False, "ReduceMean", "reduce_mean"))


def reduce_max(x, axis=()):
    a = arr(x)
    R.rule("reduce_max", "ReduceMax")(a.dtype)
    return wrap(jnp.max(a, axis=_check_axis("ReduceMax", axis, a.ndim)))


def reduce_min(x, axis=()):
    a = arr(x)
    R.rule("reduce_min", "ReduceMin")(a.dtype)
    return wrap(jnp.min(a, axis=_check_axis("ReduceMin", axis, a.ndim)))


# ----------------------------------------------------------------------------- cumulative
def _cum_axis(prim, axis, x):
    if axis is None:
        return None
    return _check_axis(prim, axis, x.ndim)


def cumsum(x, axis, dtype=None):
    a = arr(x)
    if dtype is not None:
        a = a.astype(np_dtype(dtype))
    R.rule("cumsum", "CumSum")(a.dtype)
    ax = _cum_axis("CumSum", axis, a)
    return wrap(jnp.cumsum(a, axis=ax, dtype=a.dtype))


def cumprod(input, dim, dtype=None):  # noqa: A002
    a = arr(input)
    if dtype is not None:
        a = a.astype(np_dtype(dtype))
    out = R.rule("cumprod", "CumProd")(a.dtype)
    ax = _cum_axis("CumProd", dim, a)
    return wrap(jnp.cumprod(a, axis=ax, dtype=out))


def _cum_extreme(input, axis, largest, idx_dtype):  # noqa: A002
    x = arr(input)
    ax = _check_axis("Cummax" if largest else "Cummin", axis, x.ndim)
    xm = jnp.moveaxis(x, ax, 0)
    n = xm.shape[0]
    pos = jnp.broadcast_to(jnp.arange(n).reshape((n,) + (1,) * (xm.ndim - 1)), xm.shape)

    def step(carry, cur):
        v, i = carry
        cv, ci = cur
        better = (cv >= v) if largest else (cv <= v)
        better = better | jnp.isnan(cv) if xm.dtype.kind == "f" else better
        nv = jnp.where(better, cv, v)
        ni = jnp.where(better, ci, i)
        return (nv, ni), (nv, ni)

    _, (vals, idx) = jax.lax.scan(step, (xm[0], pos[0]), (xm, pos))
    return wrap(jnp.moveaxis(vals, 0, ax)), wrap(jnp.moveaxis(idx, 0, ax).astype(idx_dtype))


def cummax(input, axis):  # noqa: A002
    """``ops.cummax``: running maximum and the index of its last occurrence (Int64)."""
    R.rule("cummax", "Cummax")(arr(input).dtype)
    return _cum_extreme(input, axis, True, _I64)


def cummin(input, axis):  # noqa: A002
    """``ops.cummin``: running minimum and the index of its last occurrence (Int32)."""
    R.rule("cummin", "Cummin")(arr(input).dtype)
    return _cum_extreme(input, axis, False, _I32)


def logcumsumexp(input, axis):  # noqa: A002
    x = arr(input)
    R.rule("logcumsumexp", "CumulativeLogsumexp")(x.dtype)
    ax = _check_axis("CumulativeLogsumexp", axis, x.ndim)
    return wrap(jax.lax.cumlogsumexp(x, axis=ax % builtins.max(x.ndim, 1)))


def quantile(input, q, axis=None, keepdims=False):  # noqa: A002
    """``ops.quantile``: linear interpolation; ``q`` a float or a 1-D Tensor (a leading axis)."""
    x = arr(input)
    qq = arr(q) if isinstance(q, Tensor) else q
    return wrap(jnp.quantile(x, qq, axis=axis, keepdims=keepdims).astype(x.dtype))


def nanquantile(input, q, axis=None, keepdims=False):  # noqa: A002
    x = arr(input)
    qq = arr(q) if isinstance(q, Tensor) else q
    return wrap(jnp.nanquantile(x, qq, axis=axis, keepdims=keepdims).astype(x.dtype))


def nanmedian(input, axis=-1, keepdims=False):  # noqa: A002
    """``ops.nanmedian``: ``(values, Int64 indices)`` ignoring NaN (lower middle value)."""
    x = arr(input)
    ax = _check_axis("NanMedian", axis, x.ndim)
    key = jnp.where(jnp.isnan(x), jnp.inf, x) if x.dtype.kind == "f" else x
    order = jnp.argsort(key, axis=ax, stable=True)
    cnt = jnp.sum(~jnp.isnan(x), axis=ax, keepdims=True) if x.dtype.kind == "f" else \
        jnp.full(x.shape[:ax] + (1,) + x.shape[ax + 1:], x.shape[ax])
    k = jnp.maximum((cnt - 1) // 2, 0)
    idx = jnp.take_along_axis(order, k, axis=ax)
    vals = jnp.take_along_axis(x, idx, axis=ax)
    if not keepdims:
        idx, vals = jnp.squeeze(idx, ax), jnp.squeeze(vals, ax)
    return wrap(vals), wrap(idx.astype(_I64))


def kthvalue(input, k, dim=-1, keepdim=False):  # noqa: A002
    """``Tensor.kthvalue``: the k-th smallest value (1-based) and its Int64 index."""
    x = arr(input)
    order = jnp.argsort(x, axis=dim, stable=True)
    idx = jnp.take(order, jnp.asarray([k - 1]), axis=dim)
    vals = jnp.take_along_axis(x, idx, axis=dim)
    if not keepdim:
        idx, vals = jnp.squeeze(idx, dim), jnp.squeeze(vals, dim)
    return wrap(vals), wrap(idx.astype(_I64))


def cov(input, *, correction=1, fweights=None, aweights=None):  # noqa: A002
    x = arr(input)
    fw = None if fweights is None else arr(fweights)
    aw = None if aweights is None else arr(aweights)
    return wrap(jnp.cov(x, ddof=correction, fweights=fw, aweights=aw).astype(x.dtype))


def renorm(input, p, axis, maxnorm):  # noqa: A002
    """``ops.renorm``: rescale each slice along ``axis`` whose p-norm exceeds ``maxnorm``."""
    x = arr(input)
    red = tuple(a for a in range(x.ndim) if a != axis % x.ndim)
    n = jnp.sum(jnp.abs(x) ** p, axis=red, keepdims=True) ** (1.0 / p)
    scale = jnp.where(n > maxnorm, maxnorm / (n + 1e-7), 1.0)
    return wrap((x * scale).astype(x.dtype))


def real(input):  # noqa: A002
    return wrap(jnp.real(arr(input)))


def imag(input):  # noqa: A002
    return wrap(jnp.imag(arr(input)))


def conj(input):  # noqa: A002
    return wrap(jnp.conj(arr(input)))


def angle(input):  # noqa: A002
    return wrap(jnp.angle(arr(input)).astype(_F32 if arr(input).dtype == np.complex64 else None))


def i0(input):  # noqa: A002
    x = arr(input)
    return wrap(jax.scipy.special.i0(x.astype(_F32) if x.dtype.kind in "biu" else x))


def ldexp(x, other):
    a, b = arr(x), arr(other)
    return wrap((a * jnp.power(2.0, b)).astype(a.dtype if a.dtype.kind == "f" else _F32))


def nextafter(input, other):  # noqa: A002
    x, y = _operands(input, other)
    return wrap(jnp.nextafter(x, y))


# ----------------------------------------------------------------------------- products
def _matmul_check(prim, x, y):
    if x.dtype != y.dtype:
        raise TypeError(f"For '{prim}', the type of 'x2' should be same as 'x1', but got 'x1' with "
                        f"type Tensor[{R.dtype_name(x.dtype)}] and 'x2' with type "
                        f"Tensor[{R.dtype_name(y.dtype)}].")
    R.rule("matmul", prim)(x.dtype)


def matmul(input, other):  # noqa: A002
    """``ops.matmul``: numpy semantics (1-D operands, batch broadcasting); equal dtypes only."""
    x, y = arr(input), arr(other)
    _matmul_check("MatMulExt", x, y)
    k1 = x.shape[-1] if x.ndim else None
    k2 = y.shape[-2] if y.ndim >= 2 else (y.shape[0] if y.ndim == 1 else None)
    if k1 != k2:
        raise RuntimeError(f"For 'MatMulExt' op, shape1[-1] must be equal to shape2[-2], but got "
                           f"{k1} and {k2}.")
    return wrap(jnp.matmul(x, y))


def bmm(input_x, mat2):
    x, y = arr(input_x), arr(mat2)
    _matmul_check("BatchMatMul", x, y)
    if x.ndim != y.ndim or x.ndim < 3:
        raise ValueError(f"For BatchMatMul, inputs shape cannot be broadcast on CPU/GPU, with x "
                         f"shape {list(x.shape)}, y shape {list(y.shape)}")
    return wrap(jnp.matmul(x, y))


def mm(input, mat2):  # noqa: A002
    x, y = arr(input), arr(mat2)
    if x.ndim != 2 or y.ndim != 2:
        raise ValueError(f"For 'mm', the input and mat2 must be 2-D, but got {x.ndim}-D and "
                         f"{y.ndim}-D.")
    return matmul(input, mat2)


def dot(input, other):  # noqa: A002
    """``ops.dot``: matrix products of tensors with ``ndim >= 2`` (last axis of ``input`` with
    the second-to-last of ``other``), as ``numpy.dot``."""
    x, y = arr(input), arr(other)
    R.rule("dot", "MatMul")(x.dtype)
    if x.ndim < 2 or y.ndim < 2:
        # MindSpore's message carries escaped quotes literally
        raise ValueError(f"For \\'dot\\', the inputs x1, x2 should have \\'dimension >= 2\\',"
                         f"but got \\'len(x1_shape)\\': ({x.ndim}) and "
                         f"\\'len(x2_shape)\\': ({y.ndim}).")
    return wrap(jnp.dot(x, y))


def outer(input, vec2):  # noqa: A002
    x, y = _operands(input, vec2)
    return wrap(jnp.outer(x, y))


ger = outer


def _bool_safe(jfn):
    """Products of Bool tensors computed in Int32 and turned back into Bool (MindSpore)."""
    def fn(x, y):
        if x.dtype == np.bool_:
            return jfn(x.astype(_I32), y.astype(_I32)) != 0
        return jfn(x, y)
    return fn


def inner(input, other):  # noqa: A002
    x, y = _operands(input, other)
    R.rule("inner", "Inner")(x.dtype)
    return wrap(jnp.inner(x, y))


def vecdot(x, y, *, axis=-1):
    a, b = _operands(x, y)
    return wrap(jnp.sum(jnp.conj(a) * b, axis=axis))


def kron(input, other):  # noqa: A002
    x, y = _operands(input, other)
    return wrap(_bool_safe(jnp.kron)(x, y))


def tensor_dot(x1, x2, axes):
    a, b = arr(x1), arr(x2)
    R.rule("tensor_dot", "TensorDot")(a.dtype)
    if isinstance(axes, (list, tuple)) and len(axes) == 2:
        axes = tuple(tuple(v) if isinstance(v, (list, tuple)) else (v,) for v in axes)
    return wrap(jnp.tensordot(a, b, axes=axes))


def batch_dot(x1, x2, axes=None):
    """``ops.batch_dot``: per-batch dot over ``axes`` (default: last of x1, second-to-last of x2,
    or the last of x2 when it is 2-D); a 2-D result gets a trailing axis of 1."""
    a, b = arr(x1), arr(x2)
    R.rule("batch_dot", "BatchDot")(a.dtype)
    if axes is None:
        axes = (a.ndim - 1, b.ndim - 1 if b.ndim == 2 else b.ndim - 2)
    elif isinstance(axes, int):
        axes = (axes, axes) if b.ndim != 2 else (axes, axes)
    ax1, ax2 = (int(v) % n for v, n in zip(axes, (a.ndim, b.ndim)))
    a2 = jnp.moveaxis(a, ax1, -1)
    b2 = jnp.moveaxis(b, ax2, 1 if b.ndim > 1 else 0)
    out = jnp.einsum("b...k,bk...->b...", a2, b2) if b.ndim > 2 or a.ndim > 2 else \
        jnp.sum(a2 * b2, axis=-1)
    if out.ndim == 1:
        out = out[:, None]
    return wrap(out)


def einsum(equation, *operands):
    ops_ = operands[0] if len(operands) == 1 and isinstance(operands[0], (list, tuple)) \
        else operands
    return wrap(jnp.einsum(equation, *[arr(o) for o in ops_]))


def _scaled(input, prod, beta, alpha):  # noqa: A002
    x = arr(input)
    return wrap(_fit(beta * x + alpha * prod, jnp.result_type(x, prod)))


def addmm(input, mat1, mat2, *, beta=1, alpha=1):  # noqa: A002
    return _scaled(input, jnp.matmul(arr(mat1), arr(mat2)), beta, alpha)


def addbmm(input, batch1, batch2, *, beta=1, alpha=1):  # noqa: A002
    return _scaled(input, jnp.sum(jnp.matmul(arr(batch1), arr(batch2)), axis=0), beta, alpha)


def baddbmm(input, batch1, batch2, beta=1, alpha=1):  # noqa: A002
    return _scaled(input, jnp.matmul(arr(batch1), arr(batch2)), beta, alpha)


def addmv(input, mat, vec, *, beta=1, alpha=1):  # noqa: A002
    return _scaled(input, jnp.matmul(arr(mat), arr(vec)), beta, alpha)


def addr(x, vec1, vec2, *, beta=1, alpha=1):
    return _scaled(x, jnp.outer(arr(vec1), arr(vec2)), beta, alpha)


def mv(mat, vec):
    return wrap(jnp.matmul(arr(mat), arr(vec)))


def cross(input, other, dim=None):  # noqa: A002
    x, y = _operands(input, other)
    R.rule("cross", "Cross")(x.dtype)
    if dim is None:
        dim = next(i for i, s in enumerate(x.shape) if s == 3)
    return wrap(jnp.cross(x, y, axis=dim))


def cdist(x1, x2, p=2.0):
    a, b = arr(x1), arr(x2)
    R.rule("cdist", "Cdist")(a.dtype)
    d = jnp.abs(a[..., :, None, :] - b[..., None, :, :])
    if p == 0:
        r = jnp.sum(d != 0, axis=-1).astype(a.dtype)
    elif p == float("inf"):
        r = jnp.max(d, axis=-1)
    else:
        r = jnp.sum(d ** p, axis=-1) ** (1.0 / p)
    return wrap(r.astype(a.dtype))


def dist(input, other, p=2):  # noqa: A002
    x, y = _operands(input, other)
    R.rule("dist", "Dist")(x.dtype)
    d = jnp.abs(x - y).reshape(-1)
    if p == 0:
        r = jnp.sum(d != 0).astype(x.dtype)
    elif p == float("inf"):
        r = jnp.max(d)
    else:
        r = jnp.sum(d ** p) ** (1.0 / p)
    return wrap(r.astype(x.dtype))


# ----------------------------------------------------------------------------- misc math
def clamp(input, min=None, max=None):  # noqa: A002
    """``ops.clamp``: an integer tensor clamped with float bounds becomes Float32."""
    if min is None and max is None:
        raise ValueError("For Clamp, at least one of 'min' or 'max' must not be None.")
    x = arr(input)
    if x.dtype.kind == "b":
        raise ValueError("For Clamp, the input must not be a Bool tensor.")
    lo = min._array() if isinstance(min, Tensor) else min
    hi = max._array() if isinstance(max, Tensor) else max
    out = x.dtype
    if x.dtype.kind in "iu" and builtins.any(isinstance(b, float) or (
            hasattr(b, "dtype") and b.dtype.kind == "f") for b in (lo, hi)):
        out = _F32
        x = x.astype(out)
    if lo is not None:
        x = jnp.maximum(x, lo)
    if hi is not None:
        x = jnp.minimum(x, hi)
    return wrap(_fit(x, out))


clip = clamp


def trace(input):  # noqa: A002
    x = arr(input)
    R.rule("trace", "Trace")(x.dtype)
    if x.ndim != 2:
        raise ValueError(f"For 'Trace', the input must be 2-D, but got {x.ndim}-D.")
    return wrap(jnp.trace(x).astype(x.dtype))


def diff(x, n=1, axis=-1, prepend=None, append=None):
    """``ops.diff``: MindSpore 2.10 supports ``n == 1`` only (RuntimeError otherwise)."""
    if n != 1:
        raise RuntimeError(f"For 'diff', 'n' must be 1, but got {n}")
    a = arr(x)
    kw = {}
    if prepend is not None:
        kw["prepend"] = arr(prepend)
    if append is not None:
        kw["append"] = arr(append)
    r = jnp.diff(a, n=n, axis=axis, **kw)
    return wrap(r if a.dtype.kind != "b" else r.astype(_BOOL))


def trapz(y, x=None, *, dx=1.0, dim=-1):
    a = arr(y)
    if x is not None:
        return wrap(jnp.trapezoid(a, arr(x), axis=dim))
    return wrap(jnp.trapezoid(a, dx=dx, axis=dim).astype(a.dtype))


def bincount(input, weights=None, minlength=0):  # noqa: A002
    """``ops.bincount``: Float32 counts (the weights' dtype when weights are given)."""
    x = arr(input)
    n = builtins.max(int(jnp.max(x)) + 1 if x.size else 0, minlength)
    w = None if weights is None else arr(weights)
    r = jnp.bincount(x, weights=w, length=n)
    return wrap(r.astype(_F32 if w is None else w.dtype))


def norm(A, ord=None, dim=None, keepdim=False, *, dtype=None):  # noqa: A002
    """``ops.norm``: vector norms over ``dim`` (or the whole tensor), matrix norms for 2 dims."""
    x = arr(A)
    out = R.rule("norm", "Norm")(x.dtype)
    x = x.astype(np_dtype(dtype) if dtype is not None else out)
    ax = axis_arg(dim)
    if ax is None and ord is None:
        return wrap(jnp.sqrt(jnp.sum(x * x)).reshape((1,) * x.ndim if keepdim else ()))
    if ax is None:
        ax = tuple(range(x.ndim)) if isinstance(ord, str) or x.ndim <= 2 else None
        if ax is not None and len(ax) == 1:
            ax = ax[0]
    return wrap(jnp.linalg.norm(x, ord=ord, axis=ax, keepdims=keepdim))


__all__ = [n for n in dir() if not n.startswith("_") and n not in
           ("jax", "jnp", "np", "numbers", "builtins", "promotion", "mstype", "Tensor", "R",
            "arr", "axis_arg", "np_dtype", "wrap", "annotations", "subtract_")]
