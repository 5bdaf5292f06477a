"""``ops.assign`` / ``assign_add`` / ``assign_sub``: in-place updates of a Parameter (or Tensor).

A Parameter write goes through the state binding (``_src/state.py``): eagerly it replaces the
Parameter's value; inside grad/jit/vmap it is recorded in the active frame and becomes an output
of the compiled computation, written back after the call. A plain Tensor ``variable`` is updated
in place (its value is replaced), as MindSpore's PyNative mode does.

Checks, as measured on MindSpore 2.10 (PyNative and graph mode give the same messages):
  * ``value`` must be a Tensor or a Python number; a number counts as a 0-d value.
  * same rank, then same shape (no broadcasting): ``ValueError: For 'Assign','value' must have
    the same rank as 'variable'. ...`` / ``... must have the same shape as 'variable'. ...``.
  * the dtype MindSpore's promotion gives ``variable op value`` must be ``variable``'s dtype
    (Float32 <- Int64/Float16/Bool is fine, Float32 <- Float64 or Int32 <- Float32 is a
    TypeError); the value is cast to ``variable``'s dtype.
Returns a new Tensor holding the updated value (MindSpore returns the op's output, not the
Parameter object).
"""
from __future__ import annotations

import numbers

import jax.numpy as jnp
import numpy as np

from ..._src import promotion, state
from ..._src.dtype import from_np_dtype
from ..._src.parameter import Parameter
from ..._src.tensor import Tensor, _as_array


def _type_desc(x):
    if isinstance(x, Tensor):
        return "Tensor"
    if isinstance(x, (list, tuple)):
        inner = ", ".join(_type_desc(e) for e in x)
        return ("List" if isinstance(x, list) else "Tuple") + f"<{inner}>"
    if isinstance(x, (bool, int, float)):
        return type(x).__name__
    return str(type(x))


def _update(name, variable, value, combine):
    is_number = isinstance(value, numbers.Number) and not isinstance(value, np.ndarray)
    if not isinstance(variable, Tensor) or not (isinstance(value, Tensor) or is_number):
        raise TypeError(f'Failed calling {name} with "{name}()(variable={_type_desc(variable)}, '
                        f'value={_type_desc(value)})".')
    cur = state.read(variable) if isinstance(variable, Parameter) else variable._array()
    if isinstance(value, Tensor):
        new = value._array()
        res_dt = jnp.promote_types(cur.dtype, new.dtype)
    else:
        new = _as_array(value)
        res_dt = promotion.scalar_result_dtype(cur.dtype, value)
    if new.ndim != cur.ndim:
        raise ValueError(f"For '{name}','value' must have the same rank as 'variable'. But got "
                         f"'value' rank: {new.ndim}, 'variable' rank: {cur.ndim}.")
    if tuple(new.shape) != tuple(cur.shape):
        raise ValueError(f"For '{name}','value' must have the same shape as 'variable'. But got "
                         f"'value' shape: {tuple(new.shape)}, 'variable' shape: "
                         f"{tuple(cur.shape)}.")
    if np.dtype(res_dt) != np.dtype(cur.dtype):
        raise TypeError("Data type conversion is not supported for a 'Parameter', nor for the "
                        "input tensor of an in-place operator, so data type "
                        f"{from_np_dtype(cur.dtype)}, which cannot be converted to data type "
                        f"{from_np_dtype(res_dt)} automatically.")
    res = combine(cur, new.astype(cur.dtype)).astype(cur.dtype)
    if isinstance(variable, Parameter):
        state.write(variable, res)
    else:
        variable._data = res
    return Tensor._wrap(res)


def assign(variable, value):
    """``variable = value``; see the module docstring for the checks."""
    return _update("Assign", variable, value, lambda cur, new: new)


def assign_add(variable, value):
    """``variable += value``; see the module docstring for the checks."""
    return _update("AssignAdd", variable, value, lambda cur, new: cur + new)


def assign_sub(variable, value):
    """``variable -= value``; see the module docstring for the checks."""
    return _update("AssignSub", variable, value, lambda cur, new: cur - new)


__all__ = ["assign", "assign_add", "assign_sub"]
