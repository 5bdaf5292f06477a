"""Parameter state under transforms: one scoped, nestable, thread-local binding mechanism.

Every Parameter read goes through :func:`read` and every write through :func:`write`. Outside
any transform they touch the Parameter's own storage. A transform (grad, vjp, jit, vmap, hooks)
runs the user's function inside :func:`bind`, which pushes a :class:`Frame` mapping Parameters
to (possibly traced) values:

  * reads walk the frame stack from the innermost frame outwards and return the first binding;
  * writes always land in the innermost frame (never in the Parameter's storage, so a tracer can
    never leak into a Parameter), and are recorded as ``written``;
  * a *strict* frame (jit) records reads of Parameters it does not bind as ``missing``: the
    value returned is the outer one, so the current call is still right, and the jit layer adds
    them to its lifted set so the next call passes them in instead of baking them in.

After the transform, :func:`functionalize`'s caller gets the final values of the written
Parameters as explicit outputs and writes them back with :func:`write` in the enclosing scope
(the Keras ``StatelessScope`` / torch ``functional_call`` / AOTAutograd "apply mutations"
pattern, see ``shared/specs/state_in_transforms.md``).
"""
from __future__ import annotations

import threading

import jax
from contextlib import contextmanager

__all__ = ["Frame", "bind", "read", "write", "functionalize", "current_frames", "in_transform"]

_tls = threading.local()


def _stack() -> list:
    s = getattr(_tls, "frames", None)
    if s is None:
        s = _tls.frames = []
    return s


class Frame:
    """One binding scope: values of Parameters while a transform traces the user's function."""

    __slots__ = ("values", "params", "written", "strict", "missing", "kind")

    def __init__(self, params=(), values=(), strict=False, kind=""):
        self.params = {}
        self.values = {}
        for p, v in zip(params, values):
            self.params[id(p)] = p
            self.values[id(p)] = v
        self.written = {}
        self.strict = strict
        self.missing = {}
        self.kind = kind

    def written_params(self) -> list:
        return list(self.written.values())

    def written_values(self) -> list:
        return [self.values[k] for k in self.written]


@contextmanager
def bind(params=(), values=(), strict=False, kind=""):
    """Push a frame binding ``params`` to ``values`` for the duration of the ``with`` block."""
    frame = Frame(params, values, strict, kind)
    stack = _stack()
    stack.append(frame)
    try:
        yield frame
    finally:
        popped = stack.pop()
        assert popped is frame, "state frames popped out of order"


def read(param):
    """Current value (a JAX array, maybe traced) of ``param`` in the active scope."""
    stack = getattr(_tls, "frames", None)
    if stack:
        key = id(param)
        for frame in reversed(stack):
            v = frame.values.get(key)
            if v is not None:
                return v
            if frame.strict and not param._const_hint:
                frame.missing[key] = param
    return param._storage


def write(param, value):
    """Set ``param`` to ``value`` (a JAX array already of the Parameter's dtype) in the active scope."""
    stack = getattr(_tls, "frames", None)
    if stack:
        # MindSpore state updates carry no gradient: a value read back after the write is a
        # leaf for autodiff (checked: grad of ``assign(g, g + x); (g * x).sum()`` is ``g``).
        value = jax.lax.stop_gradient(value)
        frame = stack[-1]
        key = id(param)
        frame.params[key] = param
        frame.values[key] = value
        frame.written[key] = param
        return
    param._storage = value
    param._version += 1


def current_frames() -> tuple:
    return tuple(_stack())


def in_transform() -> bool:
    return bool(getattr(_tls, "frames", None))


def functionalize(fn, params, *, strict=False, kind=""):
    """Pure version of a stateful ``fn``.

    Returns ``pure(values, *args, **kwargs) -> (out, frame)`` which runs ``fn`` with ``params``
    bound to ``values``. The frame carries the written Parameters (``frame.written_params()``),
    their final values (``frame.written_values()``) and, for a strict frame, the Parameters read
    but not bound (``frame.missing``).
    """
    params = tuple(params)

    def pure(values, *args, **kwargs):
        with bind(params, values, strict=strict, kind=kind) as frame:
            out = fn(*args, **kwargs)
        return out, frame

    return pure


def commit(params, values):
    """Write the final values of a transform's written Parameters into the enclosing scope."""
    for p, v in zip(params, values):
        write(p, v)
