"""``mindspore.jit_class`` and ``mindspore.lazy_inline``: compile hints with nothing to do here.

MindSpore's GRAPH mode only accepts instances of classes marked ``@jit_class`` inside a compiled
function and inlines cells marked ``@lazy_inline`` lazily to save compile time. ms_compat traces
Python directly, so every class works inside ``ms.jit`` and compilation has no such inlining
stage: both decorators check their argument as MindSpore does and return it unchanged.
"""
from __future__ import annotations

import inspect

__all__ = ["jit_class", "lazy_inline"]


def jit_class(cls):
    """``@mindspore.jit_class``: marks a class for use in GRAPH mode (accepted as is here)."""
    if not inspect.isclass(cls):
        raise TypeError(f"Decorator jit_class can only be used for class type, but got {cls}.")
    return cls


def lazy_inline(fn=None, *, policy=None):
    """``@mindspore.lazy_inline`` on a Cell's ``__init__`` (a compile-time hint; returns it as is)."""
    if fn is None:
        return lambda init: init
    return fn
