"""Compiled execution of eager (PyNative) gradient calls.

MindSpore's PyNative runs a grad function op by op; done naively on JAX that re-traces the vjp
on every call (~5 ms for a tiny function). A :class:`CompiledEager` wraps such a call in the
same machinery as ``ms.jit`` (``_src/jit.py``: lifted Parameters, cache per shapes/dtypes/static
arguments) once the function has been called eagerly once, so later calls cost one compiled
dispatch (~0.05 ms).

PyNative semantics are kept by falling back to op-by-op execution, for good, when the function
cannot be compiled faithfully:
  * tracing fails (Python control flow on a Tensor value, ``asnumpy()``/``item()`` on a traced
    value, any error while tracing);
  * the function prints, or draws from numpy's global RNG, or calls a MindSpore random op while
    being traced (side effects that must happen on every call);
  * it keeps retracing (more than ``_MAX_ENTRIES`` distinct static signatures, e.g. a Python
    float argument that changes every call).
Python side effects other than these (appending to a list, counters) happen once, at trace time.
"""
from __future__ import annotations

import builtins
import threading

import numpy as np

from . import context as _context
from . import state

_MAX_ENTRIES = 8
_tls = threading.local()


class AutoTraceAbort(Exception):
    """Raised inside an automatic trace when the function has an effect compilation would lose."""


def in_auto_trace() -> bool:
    return getattr(_tls, "depth", 0) > 0


def abort_if_auto_trace(what: str):
    """Called by effectful operations (random ops, print): abort an automatic trace."""
    if in_auto_trace():
        raise AutoTraceAbort(what)


def _no_print(*args, **kwargs):
    raise AutoTraceAbort("print")


class _AutoTrace:
    def __enter__(self):
        _tls.depth = getattr(_tls, "depth", 0) + 1
        self.rng = np.random.get_state()
        self.prev_print = builtins.print
        builtins.print = _no_print

    def __exit__(self, exc_type, exc, tb):
        builtins.print = self.prev_print
        _tls.depth -= 1
        if exc_type is None:
            now = np.random.get_state()
            if now[2] != self.rng[2] or now[1][0] != self.rng[1][0] or \
                    not np.array_equal(now[1], self.rng[1]):
                np.random.set_state(self.rng)
                raise AutoTraceAbort("numpy.random")


class CompiledEager:
    """Run ``impl(*args, **kwargs)`` eagerly the first time, compiled afterwards (see module doc)."""

    __slots__ = ("impl", "calls", "jitted", "disabled")

    def __init__(self, impl):
        self.impl = impl
        self.calls = 0
        self.jitted = None
        self.disabled = False

    def __call__(self, *args, **kwargs):
        if (self.disabled or state.in_transform() or _context.in_graph_call()
                or in_auto_trace()):
            return self.impl(*args, **kwargs)
        self.calls += 1
        if self.calls == 1:
            return self.impl(*args, **kwargs)
        if self.jitted is None:
            from .jit import JitFunction  # lazy: jit imports autodiff users
            self.jitted = JitFunction(self.impl, trace_guard=_AutoTrace)
        try:
            out = self.jitted(*args, **kwargs)
        except Exception:  # noqa: BLE001 - any failure to compile means: stay eager
            self.disabled = True
            self.jitted = None
            return self.impl(*args, **kwargs)
        if len(self.jitted._cache) > _MAX_ENTRIES:
            self.disabled = True
            self.jitted = None
        return out
