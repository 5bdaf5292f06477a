"""``mindspore.ops.print_`` (``mindspore/ops/function/debug_func.py``).

PyNative MindSpore prints each argument on its own line: strings as they are, Tensors in the
``repr`` form (``Tensor(shape=[2], dtype=Int32, value= [1, 2])``); under ``ms.jit`` the print is staged with ``jax.debug.print``.
Returns ``None`` in PyNative mode (MindSpore returns an empty value).
"""
from __future__ import annotations

import jax

from ..._src.tensor import Tensor


def _text(v):
    if isinstance(v, Tensor):
        return repr(v)
    if isinstance(v, (tuple, list)):
        return "\n".join(_text(e) for e in v)
    return str(v)


def print_(*input_x):
    traced = any(isinstance(v, Tensor) and isinstance(v._array(), jax.core.Tracer)
                 for v in input_x)
    if traced:
        fmt = "\n".join("{}" for _ in input_x)
        jax.debug.print(fmt, *[v._array() if isinstance(v, Tensor) else v for v in input_x])
        return None
    for v in input_x:
        print(_text(v))
    return None


__all__ = ["print_"]
