"""More ``mindspore.ops`` activations (in MindSpore these live in ``ops/function/nn_func.py``):
``hardswish``, ``mish``, ``selu``, ``softsign``, ``fast_gelu``, ``prelu``, ``bias_add``, plus the
dtype checks MindSpore 2.10 (CPU) applies to them and to ``relu``/``sigmoid``/``softmax``/
``log_softmax``.

Formulas (values and gradients checked against MindSpore by ``nn_layers_functional/
activations_more`` and ``prelu_weights``):
  * ``hardswish(x) = x * relu6(x + 3) / 6``; gradient ``(2x + 3) / 6`` on ``[-3, 3]`` (both ends
    included), 0 below, 1 above. Int8/Int16/Int32/Int64 inputs are accepted: ``x`` for
    ``x >= 3``, 0 for ``x <= -3``, else ``x * (x + 3) / 6`` truncated toward zero; UInt8 and Bool
    are TypeErrors.
  * ``mish(x) = x * tanh(softplus(x))``; floats only.
  * ``selu(x) = scale * x`` for ``x >= 0``, ``scale * alpha * (exp(x) - 1)`` below. The gradient
    is MindSpore's: ``scale`` for ``x > 0`` and ``scale * (selu(x) + 1)`` for ``x <= 0`` (not the
    true derivative ``selu(x) + scale * alpha``). Int8/Int32 are accepted and computed as
    MindSpore's integer kernel does, with scale and alpha truncated to 1: ``x`` for ``x > 0``,
    else ``trunc(exp(x) - 1)`` (0, or -1 once ``exp(x) - 1`` rounds to -1 in float32).
  * ``softsign(x) = x / (1 + |x|)``; floats only.
  * ``fast_gelu(x) = x / (1 + exp(-1.702 |x|)) * exp(0.851 (x - |x|))``
    (= ``x * sigmoid(1.702 x)``); Float16/Float32 only.
  * ``prelu(x, w) = x`` for ``x > 0``, ``w * x`` otherwise (gradient at 0 is ``w``); ``w`` is 1-D
    with 1 or ``x.shape[1]`` entries (1 for 0-d/1-d ``x``), cast to ``x``'s dtype; Float16/Float32.
Float16 inputs are computed in Float32 and rounded back, as MindSpore's CPU kernels do. Every
function requires a Tensor input; the TypeError texts are MindSpore's (which differ from op
to op).
"""
from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np

from ..._src.dtype import from_np_dtype
from ..._src.tensor import Tensor
from ._util import wrap

_F = ("Float16", "Float32", "Float64")


def _ms_name(a):
    return str(from_np_dtype(a.dtype))


def _call_desc(x):
    """How MindSpore's 'Failed calling' message names an argument."""
    if isinstance(x, Tensor):
        return "Tensor"
    if isinstance(x, (list, tuple)):
        inner = ", ".join(_call_desc(e) for e in x)
        return ("List" if isinstance(x, list) else "Tuple") + f"<{inner}>"
    if isinstance(x, (bool, int, float)):
        return type(x).__name__
    return str(type(x))


def _failed_calling(prim, call, **args):
    desc = ", ".join(f"{k}={_call_desc(v)}" for k, v in args.items())
    raise TypeError(f'Failed calling {prim} with "{prim}({call})({desc})".')


def _seq_desc(x):
    """How MindSpore's primitive argument check names a non-Tensor value."""
    def one(e):
        if isinstance(e, bool):
            return "Bool"
        if isinstance(e, int):
            return "Int64"
        if isinstance(e, float):
            return "Float32"
        return type(e).__name__
    if isinstance(x, (list, tuple)):
        kinds = sorted({one(e) for e in x})
        name = "List" if isinstance(x, list) else "Tuple"
        return f"{name}[{kinds[0] if len(kinds) == 1 else ', '.join(kinds)}*{len(x)}]"
    return one(x)


def _tensor_in(prim, x, arg="input", style="call", call=""):
    if isinstance(x, Tensor):
        return x._array()
    if style == "prim":
        raise TypeError(f"For Primitive[{prim}], the type of input argument[{arg}] must be Tensor "
                        f"but got {_seq_desc(x)}.")
    _failed_calling(prim, call, **{arg: x})


def _check_types(prim, a, allowed, arg="input_x", tensor_style=True):
    name = _ms_name(a)
    if name in allowed:
        return
    if tensor_style:
        kinds = ", ".join(f"Tensor[{t}]" for t in allowed)
        raise TypeError(f"For primitive[{prim}], the input argument[{arg}] must be a type of "
                        f"{{{kinds}}}, but got Tensor[{name}].")
    raise TypeError(f"For primitive[{prim}], the input argument[{arg}] must be a type of "
                    f"{{{', '.join(allowed)}}}, but got {name}.")


def _cpu_kernel(prim, a, allowed):
    if _ms_name(a) not in allowed:
        raise TypeError(f"Select CPU operator[{prim}] fail! Unsupported data type!")


# ----------------------------------------------------------------------------- dtype checks of
# the existing activations (called from nn_func)

def check_relu(x):
    return _tensor_in("ReLU", x)


def check_sigmoid(x):
    a = _tensor_in("Sigmoid", x)
    _cpu_kernel("Sigmoid", a, _F + ("BFloat16", "Complex64", "Complex128"))
    return a


def check_softmax(x):
    a = _tensor_in("Softmax", x, call="axis=int")
    _check_types("Softmax", a, ("BFloat16",) + _F, arg="x", tensor_style=False)
    return a


def check_log_softmax(x):
    a = _tensor_in("LogSoftmax", x, arg="logits", call="axis=int")
    _cpu_kernel("LogSoftmax", a, _F + ("BFloat16",))
    return a


# ----------------------------------------------------------------------------- kernels

def _via_f32(fn, a):
    """Float16 is computed in Float32 and rounded back (what MindSpore's CPU kernels do)."""
    if a.dtype == jnp.float16:
        return fn(a.astype(jnp.float32)).astype(jnp.float16)
    return fn(a)


@jax.custom_jvp
def _hswish(x):
    return jnp.where(x <= -3, jnp.zeros_like(x), jnp.where(x >= 3, x, x * (x + 3) / 6))


@_hswish.defjvp
def _hswish_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    d = jnp.where(x < -3, 0.0, jnp.where(x > 3, 1.0, (2 * x + 3) / 6)).astype(x.dtype)
    return _hswish(x), d * t


_SELU_ALPHA = 1.67326324
_SELU_SCALE = 1.05070098


@jax.custom_jvp
def _selu(x):
    neg = _SELU_SCALE * _SELU_ALPHA * jnp.expm1(jnp.minimum(x, 0))
    return jnp.where(x >= 0, _SELU_SCALE * x, neg).astype(x.dtype)


@_selu.defjvp
def _selu_jvp(primals, tangents):
    # MindSpore's SeLU gradient for x <= 0 is ``scale * (y + 1)`` (y the output), not the
    # derivative ``y + scale * alpha``; we reproduce it.
    (x,), (t,) = primals, tangents
    y = _selu(x)
    d = jnp.where(x > 0, _SELU_SCALE, _SELU_SCALE * (y + 1)).astype(x.dtype)
    return y, d * t


@jax.custom_jvp
def _mish(x):
    return x * jnp.tanh(jax.nn.softplus(x))


@_mish.defjvp
def _mish_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    th = jnp.tanh(jax.nn.softplus(x))
    d = th + x * (1 - th * th) * jax.nn.sigmoid(x)
    return x * th, d * t


def hardswish(input):
    """``x * relu6(x + 3) / 6`` (see the module docstring for ints and the gradient)."""
    a = _tensor_in("HSwish", input)
    _cpu_kernel("HSwish", a, _F + ("Int8", "Int16", "Int32", "Int64"))
    if a.dtype.kind in "iu":
        mid = jax.lax.div(a * jnp.clip(a + 3, 0, 6), jnp.asarray(6, a.dtype))
        return wrap(jnp.where(a >= 3, a, jnp.where(a <= -3, jnp.zeros_like(a), mid)))
    return wrap(_via_f32(_hswish, a))


def mish(x):
    """``x * tanh(softplus(x))``; floats only."""
    a = _tensor_in("Mish", x, arg="input_x", style="prim")
    _check_types("Mish", a, _F)
    return wrap(_via_f32(_mish, a))


def selu(input_x):
    """Scaled ELU with MindSpore's constants (see the module docstring for ints)."""
    a = _tensor_in("SeLU", input_x, arg="input_x", style="prim")
    _check_types("SeLU", a, _F + ("Int32", "Int8"))
    if a.dtype.kind in "iu":
        # MindSpore's integer kernel: scale and alpha truncate to 1, exp(x) - 1 truncates too
        neg = jnp.trunc(jnp.expm1(jnp.minimum(a, 0).astype(jnp.float32))).astype(a.dtype)
        return wrap(jnp.where(a > 0, a, neg))
    return wrap(_via_f32(_selu, a))


def softsign(x):
    """``x / (1 + |x|)``; floats only."""
    a = _tensor_in("Softsign", x, arg="input_x", style="prim")
    _check_types("Softsign", a, _F)
    return wrap(_via_f32(lambda v: v / (1 + jnp.abs(v)), a))


def fast_gelu(x):
    """``x * sigmoid(1.702 x)``; Float16/Float32 only."""
    a = _tensor_in("FastGeLU", x, arg="x")
    if _ms_name(a) not in ("Float16", "Float32"):
        raise TypeError(f"For 'FastGeLU', input[0] type should be float16 or float32. but got "
                        f"{_ms_name(a)}")
    return wrap(_via_f32(lambda v: v * jax.nn.sigmoid(jnp.asarray(1.702, v.dtype) * v), a))


def prelu(input, weight):
    """``x`` where ``x > 0``, else ``weight * x``; ``weight`` broadcasts along axis 1."""
    if not isinstance(input, Tensor) or not isinstance(weight, Tensor):
        _failed_calling("PReLU", "", input=input, weight=weight)
    a, w = input._array(), weight._array()
    _check_types("PReLU", a, ("Float16", "Float32"), arg="x", tensor_style=False)
    if w.ndim == 0:
        raise ValueError("The dimension of 'weight' must be 1")
    if w.ndim > 1:
        raise ValueError("The dimension of 'weight' must be less than or equal to 1")
    channels = a.shape[1] if a.ndim >= 2 else 1
    if w.shape[0] not in (1, channels):
        raise ValueError(f"For 'Prelu', the length of 'weight' must be equal to number of "
                         f"channels: {channels}, but got [const vector]{{{w.shape[0]}}}.")
    w = w.astype(a.dtype)
    if a.ndim >= 2:
        w = w.reshape((1, -1) + (1,) * (a.ndim - 2))
    elif a.ndim == 0:
        w = w.reshape(())
    return wrap(jnp.where(a > 0, a, w * a))


def bias_add(input_x, bias):
    """``input_x + bias`` with the 1-D ``bias`` along axis 1 (channels of NC..., rank 2 to 5);
    both must have the same dtype (no promotion), as MindSpore's ``BiasAdd``."""
    if not isinstance(input_x, Tensor) or not isinstance(bias, Tensor):
        _failed_calling("BiasAdd", "data_format=string", input_x=input_x, bias=bias)
    a, b = input_x._array(), bias._array()
    if a.dtype != b.dtype:
        raise TypeError("For primitive[BiasAdd], the input type must be same.")
    if not 2 <= a.ndim <= 5:
        raise ValueError(f"For primitive[BiasAdd], the rank of input_x must be in [2,5], but got "
                         f"{a.ndim}.")
    if b.ndim != 1:
        raise ValueError(f"For primitive[BiasAdd], the rank of bias must be equal to 1, but got "
                         f"{b.ndim}.")
    if b.shape[0] != a.shape[1]:
        shape = ", ".join(str(d) for d in a.shape)
        raise ValueError(f"For 'BiasAdd', bias[0] shape should be equal to input_x[1] shape when "
                         f"data_format is 0, but got bias shape: .[const vector]{{{b.shape[0]}}}, "
                         f"input_shape: [const vector]{{{shape}}}.")
    return wrap(a + b.reshape((1, -1) + (1,) * (a.ndim - 2)))


__all__ = ["hardswish", "mish", "selu", "softsign", "fast_gelu", "prelu", "bias_add"]
