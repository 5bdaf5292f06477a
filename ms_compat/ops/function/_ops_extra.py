"""Extra functional ops of ``mindspore.ops`` (MindSpore 2.10 CPU semantics).

Activations (MindSpore's ``nn_func.py`` / ``math_func.py`` / generated primitives):
  * ``hardsigmoid(x) = relu6(x + 3) / 6`` (primitive HSigmoid): gradient 1/6 on the open interval
    ``(-3, 3)``, 0 elsewhere; integer Tensors are computed in integer arithmetic (floor division).
  * ``tanhshrink(x) = x - tanh(x)``; integer Tensors are cast to Float32 first.
  * ``logsigmoid(x) = log(sigmoid(x))`` (two rounded steps, as MindSpore composes it); float only.
  * ``glu(x, axis=-1)``: ``a * sigmoid(b)`` of the two halves of ``x`` along ``axis`` (MindSpore's
    Split errors for an odd size or a bad axis).
  * ``celu(x, alpha=1.0) = max(0, x) + min(0, alpha * (exp(x / alpha) - 1))`` (primitive CeLU):
    float only, ``alpha`` a non-zero float.
  * ``hardtanh(x, min_val=-1.0, max_val=1.0)``: ``min(max(x, min_val), max_val)`` cast back to
    ``x``'s dtype; at a tie the gradient is split 0.5/0.5 (MindSpore's Maximum/Minimum grads).
    ``min_val > max_val`` is not an error in the function (only in ``nn.Hardtanh``).
  * ``softmin(x, axis=-1, *, dtype=None) = softmax(-x)`` after the optional cast.
Float16 inputs of single-kernel ops are computed in Float32 and rounded back (MindSpore's CPU
kernels). MindSpore's CPU float32 ``tanh``/``exp`` are approximations; XLA's differ by up to
~1e-4 relative, so ``tanhshrink`` values near 0 and saturated tails are not bit-identical.
"""
from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np

from ..._src import dtype as mstype
from ..._src.tensor import Tensor
from ._util import wrap
from .nn_activation_func import (_check_types, _cpu_kernel, _failed_calling, _seq_desc,  # noqa: F401
                                 _tensor_in, _via_f32)

_F = ("Float16", "Float32", "Float64")


def _ms_name(a):
    return str(mstype.from_np_dtype(a.dtype))


def _typeof_name(x):
    """``ops.typeof(x)`` as MindSpore prints it for a non-Tensor argument."""
    if isinstance(x, bool):
        return "Bool"
    if isinstance(x, int):
        return "Int64"
    if isinstance(x, float):
        return "Float32"
    if isinstance(x, (tuple, list)):
        return "Tuple" if isinstance(x, tuple) else "List"
    if x is None:
        return "None"
    return "External"


def _check_value_type(arg, value, types, prim):
    if isinstance(value, bool) or not isinstance(value, types):
        names = "', '".join(t.__name__ for t in types)
        raise TypeError(f"For '{prim}', the type of '{arg}' should be one of '['{names}']', but "
                        f"got type '{type(value).__name__}'.")


# ----------------------------------------------------------------------------- activations

def _hsigmoid_f(a):
    return jnp.clip(a + 3.0, 0.0, 6.0) / 6.0


@jax.custom_jvp
def _hsigmoid(a):
    return _hsigmoid_f(a)


@_hsigmoid.defjvp
def _hsigmoid_jvp(primals, tangents):
    (a,), (t,) = primals, tangents
    inside = (a > -3) & (a < 3)
    return _hsigmoid(a), jnp.where(inside, t / 6.0, jnp.zeros_like(t)).astype(t.dtype)


def hardsigmoid(input):  # noqa: A002
    """``ops.hardsigmoid``: see the module docstring."""
    a = _tensor_in("HSigmoid", input)
    _check_types("HSigmoid", a, ("BFloat16",) + _F + ("Int16", "Int32", "Int64", "Int8"),
                 tensor_style=False)
    if a.dtype.kind in "iu":
        return wrap(jnp.clip(a + 3, 0, 6) // 6)
    return wrap(_via_f32(_hsigmoid, a))


def tanhshrink(input):  # noqa: A002
    """``ops.tanhshrink``: see the module docstring."""
    if not isinstance(input, Tensor):
        raise TypeError(f"For tanhshrink, the input must be a Tensor, but got {type(input)}.")
    a = input._array()
    if a.dtype.kind in "iu":
        a = a.astype(jnp.float32)
    return wrap(a - jnp.tanh(a))


def _sigmoid_checked(x, call=""):
    a = _tensor_in("Sigmoid", x, call=call)
    _cpu_kernel("Sigmoid", a, _F + ("BFloat16", "Complex64", "Complex128"))
    return jax.nn.sigmoid(a)


def logsigmoid(x):
    """``ops.logsigmoid``: see the module docstring."""
    return wrap(jnp.log(_sigmoid_checked(x)))


def _split2(x, axis):
    if not isinstance(x, Tensor):
        _failed_calling("Split", "axis=int, output_num=int", input_x=x)
    a = x._array()
    nd = a.ndim
    if not -nd <= axis < nd:
        raise ValueError(f"Dimension out of range (expected to be in range of [{-nd}, {nd}), but "
                         f"got {axis})")
    ax = axis % nd
    if a.shape[ax] % 2:
        raise ValueError(f"For 'Split', x_shape[{ax}] must be divisible by output_num = 2, but "
                         f"got {a.shape[ax]}")
    return jnp.split(a, 2, axis=ax)


def glu(x, axis=-1):
    """``ops.glu``: see the module docstring."""
    a, b = _split2(x, axis)
    return wrap(a * _sigmoid_checked(wrap(b)))


def celu(x, alpha=1.0):
    """``ops.celu``: see the module docstring."""
    if not isinstance(alpha, float) or isinstance(alpha, bool):
        desc = type(alpha).__name__ if isinstance(alpha, (bool, int)) else "float"
        if not isinstance(alpha, (bool, int)):
            desc = str(type(alpha))
        _failed_calling("CeLU", f"alpha={desc}", x=x)
    a = x._array() if isinstance(x, Tensor) else None
    if a is None:
        _failed_calling("CeLU", "alpha=float", x=x)
    if alpha == 0:
        raise ValueError(f"For primitive[CeLU], the alpha must be not equal to 0 , but got "
                         f"{alpha:g}.")
    _check_types("CeLU", a, _F)

    def f(v):
        return jnp.maximum(v, 0) + jnp.minimum(0, alpha * (jnp.exp(v / alpha) - 1))
    return wrap(_via_f32(f, a))


def _max_tie(a, m):
    """``max(a, m)`` with MindSpore's Maximum gradient (0.5 to each side at a tie)."""
    return jnp.where(a > m, a, jnp.where(a == m, (a + m) * 0.5, m))


def hardtanh(input, min_val=-1.0, max_val=1.0):  # noqa: A002
    """``ops.hardtanh``: see the module docstring."""
    if not isinstance(input, Tensor):
        raise TypeError(f"For 'hardtanh', the 'input' must be a Tensor, but got "
                        f"'{_typeof_name(input)}'")
    _check_value_type("min_val", min_val, (int, float), "hardtanh")
    _check_value_type("max_val", max_val, (int, float), "hardtanh")
    a = input._array()
    dt = a.dtype
    c = a if a.dtype.kind in "fc" or (isinstance(min_val, int) and isinstance(max_val, int)) \
        else a.astype(jnp.float32)
    lo = jnp.asarray(min_val, c.dtype)
    hi = jnp.asarray(max_val, c.dtype)
    if c.dtype.kind in "fc":
        out = -_max_tie(-_max_tie(c, lo), -hi)
    else:
        out = jnp.minimum(jnp.maximum(c, lo), hi)
    return wrap(out.astype(dt))


def softmin(x, axis=-1, *, dtype=None):
    """``ops.softmin``: see the module docstring."""
    if dtype is not None and isinstance(x, Tensor):
        x = wrap(x._array().astype(mstype.to_np_dtype(mstype.as_ms_dtype(dtype))))
    if isinstance(axis, bool) or not isinstance(axis, (int, tuple, list)):
        raise TypeError("For 'Softmax', the type of 'axis' should be one of '[int, tuple of int]',"
                        f" but got {type(axis)}.")
    if not isinstance(x, Tensor):
        _failed_calling("Softmax", "axis=Tuple<int>", input=x)
    a = x._array()
    _check_types("Softmax", a, ("BFloat16",) + _F, arg="x", tensor_style=False)
    axes = (axis,) if isinstance(axis, int) else tuple(axis)
    nd = max(a.ndim, 1)
    for ax in axes:
        if not -nd <= ax < nd:
            raise ValueError(f"For primitive[Softmax], the axis must be in [{-nd},{nd}), but got "
                             f"{ax}.")
    return wrap(jax.nn.softmax(-a, axis=axes))


# ----------------------------------------------------------------------------- pad

def _padv3_checks(a, pads, mode):
    """MindSpore's PadV3 shape checks (``pads`` in (left, right) pairs, last dim first)."""
    nd = a.ndim
    if mode == "constant":
        if len(pads) // 2 > nd:
            raise ValueError("For 'PadV3' constant mode, paddings length too large for input dims,"
                             f" the pad dims must be less than or equal to {nd}")
    else:
        if nd < 3:
            raise ValueError("For primitive[PadV3], the input dims for edge, reflect or circular "
                             f"mode must be greater than or equal to 3, but got {nd}.")
        if mode == "reflect" and nd > 4:
            raise ValueError("For primitive[PadV3], the input dims for reflect mode must be less "
                             f"than or equal to 4, but got {nd}.")
        if nd > 5:
            raise ValueError("For primitive[PadV3], the input dims for edge mode must be less "
                             f"than or equal to 5, but got {nd}.")
        if len(pads) // 2 + 2 != nd:
            raise ValueError(f"For primitive[PadV3], the input dims when padding's size equal "
                             f"{len(pads)} must be equal to {len(pads) // 2 + 2}, but got {nd}.")
    for i in range(len(pads) // 2):
        dim = nd - 1 - i
        size = a.shape[dim]
        lo, hi = pads[2 * i], pads[2 * i + 1]
        for p in (lo, hi):
            if p < -size:
                raise ValueError("For primitive[PadV3], the paddings_value must be greater than "
                                 f"or equal to {-size}, but got {p}.")
        if size + lo + hi <= 0:
            raise ValueError("For primitive[PadV3], the output size must be greater than 0, but "
                             f"got {size + lo + hi}.")
        if mode == "reflect" and (lo >= size or hi >= size):
            raise ValueError("For 'PadV3' reflect mode, Padding size must be less than the "
                             f"corresponding input dimension, but got: padding ({lo},{hi}) at "
                             f"dimension {dim} of input:[{size}]")


def _pad_array(a, pads, mode, value=None):
    """Crop the negative parts, then pad (``jnp.pad`` modes constant/reflect/edge/wrap)."""
    nd = a.ndim
    idx = [slice(None)] * nd
    widths = [(0, 0)] * nd
    for i in range(len(pads) // 2):
        dim = nd - 1 - i
        lo, hi = pads[2 * i], pads[2 * i + 1]
        idx[dim] = slice(max(-lo, 0), a.shape[dim] - max(-hi, 0))
        widths[dim] = (max(lo, 0), max(hi, 0))
    a = a[tuple(idx)]
    if mode == "constant":
        return jnp.pad(a, widths, mode="constant", constant_values=value)
    return jnp.pad(a, widths, mode={"reflect": "reflect", "edge": "edge", "circular": "wrap"}[mode])


def _padv3(a, pads, mode, value=None):
    _padv3_checks(a, pads, mode)
    return _pad_array(a, pads, mode, value)


def pad(input_x, padding, mode="constant", value=None):
    """``ops.pad(input_x, padding, mode='constant', value=None)``.

    ``padding`` is ``(left, right)`` pairs starting from the last dimension (a tuple/list of
    ints or a 1-D Tensor); negative entries crop (the crop happens before the padding, so the
    reflect/circular sources are the cropped tensor, as in MindSpore's PadV3). Modes:
    ``'constant'`` (``value`` cast to the input dtype; ``None`` = 0), ``'reflect'`` (mirror
    without repeating the edge; pad < size; 3-D/4-D, or one dimension fewer than needed, which
    gets a temporary batch axis), ``'replicate'`` (edge) and ``'circular'`` (wrap; up to 5-D).
    MindSpore's checks and messages (Python-level and PadV3's) are reproduced.

    Difference: MindSpore 2.10's CPU kernel returns scrambled data for constant mode with a
    negative (cropping) entry *and* a non-zero ``value``; ms_compat returns the crop-then-fill
    result (what it gives with ``value=0``).
    """
    if not isinstance(input_x, Tensor):
        raise TypeError(f"For 'pad', the type of 'input_x' must be Tensor, but got {type(input_x)}.")
    if isinstance(padding, Tensor):
        if padding.shape == (0,):
            return input_x
        padding = tuple(int(v) for v in padding.asnumpy().reshape(-1))
    else:
        if isinstance(padding, (tuple, list)) and not padding:
            return input_x
        if len(padding) % 2 != 0:
            raise ValueError(f"For 'pad', the size of padding must be divisible by 2, but got "
                             f"{len(padding)}")
        if not isinstance(padding, (tuple, list)):
            raise TypeError("For 'pad', the type of 'paddings' must be a tuple of int or list of "
                            f"int or a Tensor, but got {type(padding)}.")
        for pd in padding:
            if not isinstance(pd, (int, np.integer)):
                raise TypeError("For 'pad', the paddings value must be tuple of int or list of "
                                f"int, but got {padding}")
        padding = tuple(int(p) for p in padding)
    a = input_x._array()
    expand = False
    if mode == "constant":
        value = 0 if value is None else value
        if isinstance(value, Tensor):
            value = value._array()
        fill = jnp.asarray(np.asarray(value).astype(a.dtype) if not hasattr(value, "dtype")
                           or isinstance(value, np.ndarray) else value.astype(a.dtype))
    else:
        if len(padding) > 6:
            raise ValueError(f"For 'pad', the padding must be less than or equal to 6, but got "
                             f"{len(padding)}.")
        if value is not None:
            raise ValueError(f"For 'pad', the padding mode '{mode}' can not set value, but got "
                             f"value {value}.")
        if mode == "replicate":
            mode = "edge"
        if len(padding) // 2 + 1 == a.ndim:
            a = a[None]
            expand = True
        fill = None
    if mode not in ("constant", "reflect", "edge", "circular"):
        raise ValueError("For 'PadV3', the 'mode' must be str and must be in '['constant', "
                         f"'reflect', 'edge', 'circular']', but got '{mode}'.")
    out = _padv3(a, padding, mode, fill)
    return wrap(out[0] if expand else out)


# ----------------------------------------------------------------------------- losses / maths

def _div_exact(num, den, dtype):
    """Correctly rounded division (XLA's vectorised float32 division may be off by one ulp)."""
    return (num.astype(jnp.float64) / jnp.asarray(den).astype(jnp.float64)).astype(dtype)


def kl_div(logits, labels, reduction="mean"):
    """``ops.kl_div(logits, labels, reduction='mean')``: ``labels * (log(labels) - logits)``
    (0 where ``labels == 0``), summed (``'sum'``), divided by the element count (``'mean'``) or
    the batch size (``'batchmean'``), or elementwise (``'none'``). As MindSpore's KLDivLoss,
    ``labels`` gets a zero gradient, shapes must be equal (no broadcasting) and both inputs share
    one float dtype."""
    if not isinstance(reduction, str):
        raise ValueError("For 'kl_div', the 'reduction' must be str and must be in '['none', "
                         f"'mean', 'batchmean', 'sum']', but got '{reduction}'.")
    if reduction not in ("none", "mean", "batchmean", "sum"):
        raise ValueError("For 'KLDivLoss', the 'reduction' must be str and must be in '['none', "
                         f"'mean', 'batchmean', 'sum']', but got '{reduction}'.")
    if not isinstance(logits, Tensor):
        raise TypeError("For KLDivLoss, logits should be a Tensor.")
    if not isinstance(labels, Tensor):
        raise TypeError("For KLDivLoss, labels should be a Tensor.")
    x, y = logits._array(), labels._array()
    _check_types("KLDivLoss", x, _F, arg="x")
    _check_types("KLDivLoss", y, _F, arg="target")
    if x.dtype != y.dtype:
        raise TypeError("For primitive[KLDivLoss], the input type must be same.")
    if x.shape != y.shape:
        def fmt(sh):
            return "[" + "".join(f"{d}," for d in sh) + "]"
        raise ValueError(f"For primitive[KLDivLoss], the x shape: {fmt(x.shape)} must be equal to "
                         f"{fmt(y.shape)}")
    y = jax.lax.stop_gradient(y)
    safe = jnp.where(y > 0, y, jnp.ones_like(y))
    elem = jnp.where(y > 0, y * (jnp.log(safe) - x), -y * x)
    if reduction == "none":
        return wrap(elem)
    total = jnp.sum(elem.astype(jnp.float32) if x.dtype == jnp.float16 else elem).astype(x.dtype)
    if reduction == "sum":
        return wrap(total)
    n = int(np.prod(x.shape)) if reduction == "mean" else x.shape[0]
    return wrap(_div_exact(total, n, x.dtype))


def cosine_similarity(x1, x2, dim=1, eps=1e-08):
    """``ops.cosine_similarity``: ``sum(x1 * x2, dim) / max(||x1||_2 * ||x2||_2, eps)`` (computed
    in the inputs' dtype, so a zero row gives NaN in Float16 where eps underflows); Float16 and
    Float32 only (MindSpore's LpNorm); inputs broadcast."""
    if not isinstance(x1, Tensor) or not isinstance(x2, Tensor):
        bad = x1 if not isinstance(x1, Tensor) else x2
        raise TypeError('Failed calling SumExt with "SumExt()(input=<class \'numpy.ndarray\'>, '
                        'dim=int, keepdim=bool, dtype=mindspore.dtype)".'
                        if isinstance(bad, np.ndarray) else
                        f"For 'cosine_similarity', the inputs must be Tensors, but got {type(bad)}.")
    a, b = x1._array(), x2._array()
    for i in range(1, min(a.ndim, b.ndim) + 1):
        if a.shape[-i] != b.shape[-i] and 1 not in (a.shape[-i], b.shape[-i]):
            raise ValueError(f"For 'Mul', input1.shape and input2.shape need to broadcast. The "
                             f"value of input1.shape[{i}] or input2.shape[{i}] must be 1 or -1 "
                             f"when they are not the same, but got input1.shape = "
                             f"{list(a.shape)} and input2.shape = {list(b.shape)}")
    shape = jnp.broadcast_shapes(a.shape, b.shape)
    nd = len(shape)
    if not -nd <= dim < nd:
        raise ValueError(f"For primitive[SumExt], the axis value must be in [{-nd},{nd}), but got "
                         f"{dim}.")
    for t in (a, b):
        _check_types("LpNorm", t, ("Float16", "Float32"), arg="input")
    def norm(t):  # gradient 0 at a zero vector (MindSpore's LpNorm)
        sq = jnp.sum(t * t, axis=dim)
        pos = sq > 0
        return jnp.where(pos, jnp.sqrt(jnp.where(pos, sq, 1)), 0).astype(t.dtype)
    num = jnp.sum(a * b, axis=dim)
    den = norm(a) * norm(b)
    den = jnp.maximum(den, jnp.asarray(eps, den.dtype))
    return wrap(num / den)


@jax.custom_vjp
def _no_grad_histogram(x, counts):
    return counts


def _nhg_fwd(x, counts):
    return counts, None


def _nhg_bwd(res, g):
    raise RuntimeError("Illegal primitive Histogram's bprop not defined")


_no_grad_histogram.defvjp(_nhg_fwd, _nhg_bwd)


def histc(input, bins=100, min=0., max=0.):  # noqa: A002
    """``ops.histc``: counts of ``input`` in ``bins`` equal-width bins over ``[min, max]`` (both 0:
    the data's min and max); the bin of ``x`` is ``floor((x - min) * bins / (max - min))`` in
    float32 arithmetic, ``x == max`` goes to the last bin, values outside are dropped. Float16/
    Float32 give Float32 counts, Int32 gives Int32. Not differentiable (MindSpore raises when
    the backward pass reaches it)."""
    for name, v in (("min", min), ("max", max)):
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise TypeError(f"For 'histc', parameter '{name}' must be an int or float, but got "
                            f"{type(v)}.")
    if isinstance(bins, bool) or not isinstance(bins, int):
        raise TypeError(f"For 'Histogram', the type of 'bins' should be 'int', but got type "
                        f"'{type(bins).__name__}'.")
    if bins <= 0:
        raise ValueError(f"For 'Histogram', the 'bins' must be int and must > 0, but got '{bins}' "
                         "with type 'int'.")
    if min > max:
        raise ValueError(f"For 'Histogram', the 'min' should be <= max: {float(max)}, but got "
                         f"{float(min)}.")
    if not isinstance(input, Tensor):
        raise TypeError("For Primitive[Histogram], the type of input argument[x] must be Tensor "
                        f"but got {_typeof_name(input)}.")
    a = input._array()
    _check_types("Histogram", a, ("Float16", "Float32", "Int32"), arg="x")
    v = a.reshape(-1).astype(jnp.float32)
    lo, hi = jnp.float32(min), jnp.float32(max)
    if min == max and v.size:
        lo, hi = jnp.min(v), jnp.max(v)
    lo, hi = jnp.where(lo == hi, lo - 1, lo), jnp.where(lo == hi, hi + 1, hi)

    def f32(t):
        return t.astype(jnp.float32)
    # each step rounded to float32 (divisions done in float64 first: correctly rounded)
    pos = f32(f32(v.astype(jnp.float64) - lo.astype(jnp.float64)) * np.float32(bins))
    width = f32(hi.astype(jnp.float64) - lo.astype(jnp.float64))
    idx = jnp.floor(_div_exact(pos, jnp.where(width > 0, width, 1), jnp.float32)).astype(jnp.int32)
    idx = jnp.where(v == hi, bins - 1, idx)
    inside = (v >= lo) & (v <= hi)
    counts = jnp.zeros(bins, jnp.int32).at[jnp.where(inside, jnp.clip(idx, 0, bins - 1), 0)].add(
        inside.astype(jnp.int32))
    out_dtype = jnp.int32 if a.dtype == jnp.int32 else jnp.float32
    counts = counts.astype(out_dtype)
    if a.dtype != jnp.int32:
        counts = _no_grad_histogram(v, counts)
    return wrap(counts)


def expand(input_x, size):
    """``ops.expand(input_x, size)``: broadcast to the shape in the integer Tensor ``size``
    (``-1`` keeps a dimension); MindSpore's Expand accepts Float16/Float32/Int32/Int8/UInt8."""
    if not isinstance(input_x, Tensor):
        raise TypeError("For Primitive[Expand], the type of input argument[x] must be Tensor but "
                        f"got {_typeof_name(input_x)}.")
    if not isinstance(size, Tensor):
        raise TypeError("For Primitive[Expand], the type of input argument[shape] must be Tensor "
                        f"but got {_seq_desc(size)}.")
    a = input_x._array()
    _check_types("Expand", a, ("Float16", "Float32", "Int32", "Int8", "UInt8"), arg="x")
    _check_types("Expand", size._array(), ("Int16", "Int32", "Int64"), arg="shape")
    shape = [int(s) for s in size.asnumpy().reshape(-1)]
    if len(shape) < a.ndim:
        raise ValueError(f"For Expand, the size of shape provided ({len(shape)}) must be greater "
                         f"than or equal to the size of tensor x's shape ({a.ndim}).")
    off = len(shape) - a.ndim
    out = []
    for i, s in enumerate(shape):
        cur = a.shape[i - off] if i >= off else 1
        if s == -1:
            s = cur
        elif i >= off and cur != 1 and cur != s:
            raise ValueError(f"For Expand, the expanded size of the tensor ({s}) must be equal to "
                             f"the existing size ({cur}) which is not 1 at dim ({i}).")
        out.append(s)
    return wrap(jnp.broadcast_to(a, tuple(out)))


def embedding(input, weight, padding_idx=None, max_norm=None, norm_type=2.0,  # noqa: A002
              scale_grad_by_freq=False):
    """``ops.embedding``: rows of ``weight`` picked by the integer Tensor ``input``.

    ``padding_idx`` (in ``[-num_embeddings, num_embeddings)``) keeps that row out of the
    gradient; ``max_norm`` renormalises each looked-up row whose ``norm_type``-norm exceeds it to
    ``max_norm / (norm + 1e-7)`` times itself, and (eagerly) writes the renormalised rows back
    into ``weight`` when it is a Parameter, as MindSpore does in place; ``scale_grad_by_freq``
    divides each row's gradient by its count in ``input``.

    Unverified against MindSpore: 2.10's CPU backend has no Embedding kernel (it raises
    ``RuntimeError: The kernel Embedding unregistered``); the semantics are those MindSpore
    documents for Ascend.
    """
    if not isinstance(input, Tensor) or not isinstance(weight, Tensor):
        raise TypeError("For 'embedding', 'input' and 'weight' must be Tensors, but got "
                        f"{type(input)} and {type(weight)}.")
    idx = input._array()
    w = weight._array()
    if idx.dtype.kind not in "iu":
        raise TypeError("For 'embedding', the dtype of 'input' must be int32 or int64, but got "
                        f"{_ms_name(idx)}.")
    if w.ndim != 2:
        raise ValueError(f"For 'embedding', 'weight' must be 2-D, but got {w.ndim}-D.")
    num = w.shape[0]
    if padding_idx is not None:
        if isinstance(padding_idx, bool) or not isinstance(padding_idx, int):
            raise TypeError("For 'embedding', 'padding_idx' must be int or None, but got "
                            f"{type(padding_idx)}.")
        if not -num <= padding_idx < num:
            raise ValueError(f"For 'embedding', 'padding_idx' must be in [{-num}, {num}), but got "
                             f"{padding_idx}.")
        padding_idx %= num
    if max_norm is not None:
        flat = idx.reshape(-1)
        rows = w[flat]
        norms = jnp.sum(jnp.abs(rows) ** norm_type, axis=-1) ** (1.0 / norm_type)
        scale = jnp.where(norms > max_norm, max_norm / (norms + 1e-7), 1.0).astype(w.dtype)
        w = w.at[flat].set(jax.lax.stop_gradient(rows * scale[:, None]) +
                           (rows - jax.lax.stop_gradient(rows)))
        from ..._src.parameter import Parameter
        if isinstance(weight, Parameter) and not isinstance(w, jax.core.Tracer):
            weight.set_data(wrap(jax.lax.stop_gradient(w)))
    if padding_idx is not None:
        mask = (jnp.arange(num) == padding_idx)[:, None]
        w = jnp.where(mask, jax.lax.stop_gradient(w), w)
    if scale_grad_by_freq:
        counts = jnp.zeros(num, w.dtype).at[idx.reshape(-1)].add(1)
        inv = jnp.where(counts > 0, 1.0 / jnp.maximum(counts, 1), 1.0).astype(w.dtype)[:, None]
        w = jax.lax.stop_gradient(w) + (w - jax.lax.stop_gradient(w)) * inv
    return wrap(w[idx])


def matrix_exp(input):  # noqa: A002
    """``ops.matrix_exp``: the matrix exponential of the square matrices in the last two dims
    (Float16 computed in Float32; float and complex dtypes).

    Unverified against MindSpore: 2.10's CPU backend has no MatrixExp kernel (kernel-select
    RuntimeError); values follow the definition (Pade approximation with scaling and squaring,
    ``jax.scipy.linalg.expm``)."""
    if not isinstance(input, Tensor):
        raise TypeError("For 'MatrixExp', the input must be a Tensor, but got "
                        f"{type(input)}.")
    a = input._array()
    _check_types("MatrixExp", a, _F + ("Complex64", "Complex128"), arg="input")
    if a.ndim < 2 or a.shape[-1] != a.shape[-2]:
        raise ValueError("For 'MatrixExp', the input must be a batch of square matrices, but got "
                         f"shape {list(a.shape)}.")
    from jax.scipy.linalg import expm
    f = jnp.vectorize(expm, signature="(n,n)->(n,n)")
    return wrap(_via_f32(f, a))


__all__ = ["embedding", "matrix_exp", "kl_div", "cosine_similarity", "histc", "expand", "pad", "hardsigmoid", "tanhshrink", "logsigmoid", "glu", "celu", "hardtanh", "softmin"]
