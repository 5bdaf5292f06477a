"""MindSpore's result dtypes for binary ops (measured on MindSpore 2.10).

  * Tensor op Tensor: numpy-style lattice without value-based casting (``jnp.promote_types``):
    Int32 + Float16 -> Float16, Int32 + Int64 -> Int64, Float32 + Float64 -> Float64.
  * Tensor op Python/numpy scalar: the Tensor's dtype wins, except an int/bool Tensor with a float
    scalar gives Float32 and a Bool Tensor with an int scalar gives Int64 (``Tensor([1,2],
    int32) + 2**40`` stays Int32, ``Tensor([True]) + 1`` is Int64, numpy scalars count as scalars).
  * True division of integers gives Float32; comparisons give Bool.
"""
from __future__ import annotations

import numbers

import jax
import jax.numpy as jnp
import numpy as np

from .tensor import Tensor, _infer_np_from_python, _to_jax

_F32 = np.dtype(np.float32)
_I64 = np.dtype(np.int64)
_BOOL = np.dtype(np.bool_)


def _is_scalar(x):
    return isinstance(x, (numbers.Number, np.generic)) and not isinstance(x, Tensor)


def _kind(dt):
    return np.dtype(dt).kind


def scalar_result_dtype(tensor_dt, scalar):
    """Result dtype of ``tensor op scalar``."""
    k = _kind(tensor_dt)
    if isinstance(scalar, (bool, np.bool_)):
        return tensor_dt
    if isinstance(scalar, (numbers.Integral, np.integer)):
        return _I64 if k == "b" else tensor_dt
    if isinstance(scalar, (numbers.Real, np.floating)):
        return _F32 if k in "biu" else tensor_dt
    if isinstance(scalar, (numbers.Complex, np.complexfloating)):
        return tensor_dt if k == "c" else np.dtype(np.complex64)
    raise TypeError(f"unsupported scalar {scalar!r}")


def operands(a, b):
    """JAX operands of a binary op with MindSpore's promotion applied."""
    a_t = isinstance(a, Tensor)
    b_t = isinstance(b, Tensor)
    if a_t and b_t:
        x, y = a._array(), b._array()
        if x.dtype != y.dtype:
            dt = jnp.promote_types(x.dtype, y.dtype)
            x, y = x.astype(dt), y.astype(dt)
        return x, y
    if a_t:
        x = a._array()
        if _is_scalar(b):
            dt = scalar_result_dtype(x.dtype, b)
            return (x if x.dtype == dt else x.astype(dt)), _py_scalar(b, dt)
        y = _other_array(b)
        return _promote_pair(x, y)
    if b_t:
        y = b._array()
        if _is_scalar(a):
            dt = scalar_result_dtype(y.dtype, a)
            return _py_scalar(a, dt), (y if y.dtype == dt else y.astype(dt))
        x = _other_array(a)
        return _promote_pair(x, y)
    return _other_array(a), _other_array(b)


def _py_scalar(s, dt):
    """A scalar as a weakly-typed Python number (keeps the Tensor's dtype in JAX)."""
    if isinstance(s, np.generic):
        s = s.item()
    if np.dtype(dt).kind in "iu" and isinstance(s, float):
        return s
    return s


def _other_array(x):
    if isinstance(x, (jax.Array, jax.core.Tracer)):
        return x
    if isinstance(x, np.ndarray):
        # MindSpore: ``Tensor + ndarray`` is a TypeError (``ndarray + Tensor`` is numpy's: an
        # ndarray, since Tensor defines ``__array__``).
        raise TypeError(f"For binary operations, the input must be a Tensor, number or bool, but "
                        f"got {type(x).__name__}.")
    return _to_jax(_infer_np_from_python(x))


def _promote_pair(x, y):
    if x.dtype != y.dtype:
        dt = jnp.promote_types(x.dtype, y.dtype)
        x, y = x.astype(dt), y.astype(dt)
    return x, y


def to_float(x):
    """Cast int/bool arrays (and Python ints) to Float32 (MindSpore's float ops on integers)."""
    if isinstance(x, (bool, int)):
        return float(x)
    if isinstance(x, float):
        return x
    if x.dtype.kind in "biu":
        return x.astype(_F32)
    return x


def broadcast_error_index(xs, ys, k):
    """The index MindSpore's CalBroadCastShape prints for ``xs`` when the ``k``-th dimension from
    the end does not broadcast: ``len(xs) + min(len(xs), len(ys)) - k`` (e.g. ``shape[3]`` for
    the last axis of two 2-D shapes), as MindSpore 2.10 prints it."""
    return len(xs) + min(len(xs), len(ys)) - k


def check_broadcast(prim, x, y):
    """MindSpore's ValueError for operands that do not broadcast (JAX raises TypeError). The
    ``*Ext`` primitives (``Tensor.__add__`` is ``AddExt``) name their operands input/other."""
    xs = getattr(x, "shape", ())
    ys = getattr(y, "shape", ())
    if xs == ys or not xs or not ys:
        return
    n1, n2 = ("input", "other") if prim.endswith("Ext") else ("input1", "input2")
    for k, (a, b) in enumerate(zip(reversed(xs), reversed(ys)), start=1):
        if a != b and a != 1 and b != 1:
            raise ValueError(f"For '{prim}', {n1}.shape and {n2}.shape need to broadcast. The "
                             f"value of {n1}.shape[{broadcast_error_index(xs, ys, k)}] or "
                             f"{n2}.shape[{broadcast_error_index(ys, xs, k)}] "
                             f"must be 1 or -1 when they are not the same, but got {n1}.shape = "
                             f"{list(xs)} and {n2}.shape = {list(ys)}")
