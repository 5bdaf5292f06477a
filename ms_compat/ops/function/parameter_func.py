"""``ops.assign`` / ``assign_add`` / ``assign_sub``: in-place Parameter updates.

A write goes through the state binding (``_src/state.py``): eagerly it replaces the Parameter's
value; inside grad/jit/vmap it is recorded in the active frame and becomes an output of the
compiled computation, written back after the call. The value is cast to the Parameter's dtype;
the shapes must be broadcast-compatible. Returns the Parameter (MindSpore returns the updated
variable).
"""
from __future__ import annotations

import jax.numpy as jnp

from ..._src import state
from ..._src.parameter import Parameter
from ..._src.tensor import Tensor, _as_array


def _check(name, variable):
    if not isinstance(variable, Parameter):
        raise TypeError(f"For '{name}', the type of 'variable' must be Parameter, but got "
                        f"{type(variable).__name__}.")


def _update(name, variable, value, combine):
    _check(name, variable)
    cur = state.read(variable)
    new = _as_array(value)
    try:
        res = combine(cur, new)
        res = jnp.broadcast_to(res, cur.shape)
    except (ValueError, TypeError):
        raise ValueError(f"For '{name}', the shape of 'value' {tuple(new.shape)} can not be "
                         f"broadcast to the shape of 'variable' {tuple(cur.shape)}.") from None
    state.write(variable, res.astype(cur.dtype))
    return variable


def assign(variable, value):
    return _update("Assign", variable, value, lambda cur, new: new)


def assign_add(variable, value):
    return _update("AssignAdd", variable, value, lambda cur, new: cur + new)


def assign_sub(variable, value):
    return _update("AssignSub", variable, value, lambda cur, new: cur - new)


__all__ = ["assign", "assign_add", "assign_sub"]
