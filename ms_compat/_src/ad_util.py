"""Helpers shared by every autodiff transform (grad, GradOperation, vjp, jvp, jacobians, vmap).

* function outputs as pytrees of arrays (:func:`outputs_to_arrays`): Tensors are pytree nodes,
  Python values are constants without cotangent (:class:`Const`);
* integer inputs are differentiated in Float32 and their gradients cast back (MindSpore);
* user cotangents (``sens`` of GradOperation / ``grad(..., sens_param=True)``, the ``v`` of a
  ``vjp_fn``) are checked and converted by :func:`cotangent`, with MindSpore 2.10's errors:

  ============================================  ===============================================
  sens                                           MindSpore 2.10
  ============================================  ===============================================
  shape differs from a non-scalar output         ``ValueError: The shape should be [const
                                                 vector]{3}, but got [const vector]{2}, , ...``
  0-d / Python scalar for a non-scalar output    ``RuntimeError: For grad interface or custom
                                                 function, grad tensor should be broadcast ...``
  dtype differs (non-scalar output)              ``TypeError: The dtype should be Float32, but
                                                 got Float64, , ...``
  any size-1 value for a 0-d output              accepted, cast to the output dtype
  wrong number of entries for tuple outputs      ``RuntimeError: Failure info [The given sens
                                                 gradient's size should be same as out of
                                                 network!].``
  ============================================  ===============================================
* :func:`discover_params`: the Parameters a function reads, in first-read order (used where
  MindSpore differentiates "all weights of the graph", e.g. ``GradOperation(get_by_list=True)``
  without weights).
"""
from __future__ import annotations

import numbers

import jax
import jax.numpy as jnp
import numpy as np

from . import dtype as mstype
from . import state
from .tensor import Tensor

__all__ = ["Const", "outputs_to_arrays", "restore_consts", "prepare_input", "cotangent",
           "ones_cotangent", "shape_vec", "ms_dtype_name", "discover_params", "check_callable",
           "float0_zeros", "is_float_array", "cast_grad"]

_F32 = np.dtype(np.float32)

SIZE_ERROR = "Failure info [The given sens gradient's size should be same as out of network!]."


class Const:
    """A non-Tensor output leaf (Python number, string, None): passes through, no cotangent."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


jax.tree_util.register_pytree_node(Const, lambda c: ((), c.value), lambda v, _: Const(v))


class OrderedOut:
    """A dict output whose key order is kept (JAX's dict pytree sorts keys; MindSpore returns
    the dict as built). Made by ``outputs_to_arrays``, turned back into a dict by
    ``restore_consts``."""

    __slots__ = ("keys", "values")

    def __init__(self, keys, values):
        self.keys = keys
        self.values = values


jax.tree_util.register_pytree_node(
    OrderedOut, lambda d: (tuple(d.values), d.keys), lambda k, v: OrderedOut(k, tuple(v)))


def _has_array(tree) -> bool:
    if isinstance(tree, (Tensor, jax.Array, jax.core.Tracer)):
        return True
    if isinstance(tree, (tuple, list)):
        return any(_has_array(t) for t in tree)
    if isinstance(tree, dict):
        return any(_has_array(t) for t in tree.values())
    return False


def outputs_to_arrays(out, passthrough=()):
    """``out`` with every Tensor re-wrapped around its current array (a returned Parameter becomes
    its value, taken now -- call it while the state frame is active) and every subtree without
    arrays wrapped in :class:`Const`; dicts become :class:`OrderedOut`. Instances of the Tensor subclasses in ``passthrough`` (jit's
    dynamic Python scalars) and raw JAX arrays are kept as they are. Used by grad, the Jacobians
    and jit alike; :func:`restore_consts` undoes the wrapping."""
    if isinstance(out, Tensor):
        if passthrough and isinstance(out, passthrough):
            return out
        return Tensor._wrap(out._array())
    if isinstance(out, (jax.Array, jax.core.Tracer)):
        return out
    if isinstance(out, tuple):
        return tuple(outputs_to_arrays(o, passthrough) for o in out)
    if isinstance(out, (list, dict)) and _has_array(out):
        if isinstance(out, dict):  # insertion order kept (JAX's dict pytree sorts the keys)
            return OrderedOut(tuple(out), tuple(outputs_to_arrays(v, passthrough)
                                                for v in out.values()))
        return [outputs_to_arrays(o, passthrough) for o in out]
    return Const(out)


def restore_consts(tree):
    if isinstance(tree, Const):
        return tree.value
    if isinstance(tree, OrderedOut):
        return {k: restore_consts(v) for k, v in zip(tree.keys, tree.values)}
    if isinstance(tree, (tuple, list)):
        return type(tree)(restore_consts(t) for t in tree)
    if isinstance(tree, dict):
        return {k: restore_consts(v) for k, v in tree.items()}
    return tree


def prepare_input(x):
    """(primal array, original dtype) for a differentiated Tensor; integers/bools go to Float32."""
    a = x._array()
    if a.dtype.kind in "biu":
        return a.astype(_F32), a.dtype
    return a, a.dtype


def cast_grad(g, dtype):
    return g if g.dtype == dtype else g.astype(dtype)


def is_float_array(a) -> bool:
    return a.dtype != jax.dtypes.float0 and jnp.issubdtype(a.dtype, jnp.inexact)


def float0_zeros(shape):
    return np.zeros(shape, jax.dtypes.float0)


def shape_vec(shape) -> str:
    """MindSpore's C++ rendering of a shape: ``[const vector]{2, 3}``."""
    return "[const vector]{" + ", ".join(str(int(d)) for d in shape) + "}"


def ms_dtype_name(np_dtype) -> str:
    return str(mstype.from_np_dtype(np.dtype(np_dtype)))


def _abstract(arr) -> str:
    return f"AbstractTensor(shape: {tuple(int(d) for d in arr.shape)}, dtype: {ms_dtype_name(arr.dtype)})"


def ones_cotangent(out_tree):
    """MindSpore's default sens: ones for every floating output leaf, nothing for the others."""
    def leaf(a):
        if not is_float_array(a):
            return float0_zeros(a.shape)
        return jnp.ones(a.shape, a.dtype)
    return jax.tree.map(leaf, out_tree)


def _leaf_cotangent(o, s):
    """Check one user cotangent ``s`` against the output array ``o`` and convert it."""
    if not is_float_array(o):
        return float0_zeros(o.shape)
    if isinstance(s, (bool, numbers.Number)) and not isinstance(s, Tensor):
        if o.ndim != 0:
            raise RuntimeError("For grad interface or custom function, grad tensor should be "
                               f"broadcast to expected shape, but got {shape_vec(())} vs "
                               f"{shape_vec(o.shape)}")
        return jnp.asarray(s, o.dtype)
    if isinstance(s, Tensor):
        sa = s._array()
    elif isinstance(s, (jax.Array, np.ndarray, np.generic)) or isinstance(s, jax.core.Tracer):
        sa = jnp.asarray(s)
    else:
        raise TypeError(f"For 'GradOperation', the sens (gradient of the output) must be a Tensor "
                        f"or a tuple of Tensors, but got {type(s).__name__}.")
    if tuple(sa.shape) != tuple(o.shape):
        if o.ndim == 0 and sa.size == 1:
            return sa.reshape(()).astype(o.dtype)
        if sa.ndim == 0:
            raise RuntimeError("For grad interface or custom function, grad tensor should be "
                               f"broadcast to expected shape, but got {shape_vec(())} vs "
                               f"{shape_vec(o.shape)}")
        raise ValueError(f"The shape should be {shape_vec(o.shape)}, but got {shape_vec(sa.shape)}"
                         f", , sens gradient abs {_abstract(sa)}, out abs {_abstract(o)}")
    if sa.dtype != o.dtype:
        if o.ndim == 0:
            return sa.astype(o.dtype)
        raise TypeError(f"The dtype should be {ms_dtype_name(o.dtype)}, but got "
                        f"{ms_dtype_name(sa.dtype)}, , sens gradient abs {_abstract(sa)}, "
                        f"out abs {_abstract(o)}")
    return sa


def cotangent(out, sens):
    """Cotangent pytree (same structure as ``out``, see :func:`outputs_to_arrays`) from a user
    ``sens``; a 1-tuple/list around the sens of a single Tensor output is accepted (MindSpore)."""
    if isinstance(out, Const):
        return out
    if isinstance(out, Tensor):
        if isinstance(sens, (tuple, list)):
            if len(sens) != 1:
                raise RuntimeError(SIZE_ERROR)
            sens = sens[0]
        return Tensor._wrap(_leaf_cotangent(out._array(), sens))
    if isinstance(out, (tuple, list)):
        if not isinstance(sens, (tuple, list)) or len(sens) != len(out):
            raise RuntimeError(SIZE_ERROR)
        return type(out)(cotangent(o, s) for o, s in zip(out, sens))
    if isinstance(out, dict):
        if not isinstance(sens, dict) or set(sens) != set(out):
            raise RuntimeError(SIZE_ERROR)
        return {k: cotangent(v, sens[k]) for k, v in out.items()}
    return _leaf_cotangent(out, sens)


def check_callable(fn, message):
    if not callable(fn):
        raise TypeError(message.format(type=type(fn).__name__))


def discover_params(fn, args, kwargs):
    """Parameters ``fn(*args, **kwargs)`` reads, in the order of their first read.

    The function is traced abstractly once (``jax.eval_shape``) inside a strict state frame, so
    Python side effects of ``fn`` happen once more than in MindSpore (documented difference)."""
    found = {}

    def probe():
        with state.bind(strict=True, kind="discover") as frame:
            try:
                fn(*args, **kwargs)
            finally:
                found.update(frame.missing)

    jax.eval_shape(probe)
    return list(found.values())
