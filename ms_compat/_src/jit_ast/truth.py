"""Truth values of conditions in converted code.

``truth(x)`` is a Python bool when ``x`` is known while tracing (Python values, concrete Tensors)
and a traced 0-d bool array otherwise. MindSpore's GRAPH mode accepts a Tensor condition only of
shape ``()`` or ``(1,)`` (``ValueError: Only tensor which shape is () or (1,) can be converted to
bool, but got tensor shape is (2)``); a number is true when non-zero.
"""
from __future__ import annotations

import jax

from ..tensor import Tensor

__all__ = ["truth", "is_traced_array"]


def is_traced_array(x) -> bool:
    return isinstance(x, jax.core.Tracer)


def truth(x):
    if isinstance(x, Tensor):
        data = x._array()
        if is_traced_array(data):
            from .guards import _as_pred

            return _as_pred(data)
        return bool(x)
    if is_traced_array(x):
        from .guards import _as_pred

        return _as_pred(x)
    return bool(x)
