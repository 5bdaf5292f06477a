"""Trace one branch / loop body of converted control flow into a jaxpr, with Parameter state.

The body runs once, under ``jax.make_jaxpr``, inside its own state frame (``_src/state.py``):
Parameter writes land in that frame and become extra outputs of the jaxpr, so a write inside a
``lax.cond`` branch or a loop body is an output of the branch / a loop carry, never a leaked
tracer. Values of the enclosing trace that the body reads (closed-over Tensors, Parameters bound
outside) become constants of the closed jaxpr; evaluating it inside ``lax.cond`` / ``lax.scan`` /
``lax.while_loop`` closes over them, which JAX supports.

``depth()`` counts nested body traces: branch specialisation (``guards.py``) only applies at depth
0, where a traced condition belongs to the function's own trace.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager

import jax
import jax.extend

from .. import state
from .values import flatten_vars, rebuild_vars

__all__ = ["Traced", "trace_body", "depth", "run_closed"]

_tls = threading.local()


def depth() -> int:
    return getattr(_tls, "depth", 0)


@contextmanager
def _nested():
    _tls.depth = depth() + 1
    try:
        yield
    finally:
        _tls.depth -= 1


class Traced:
    """A traced body: ``closed`` maps (dynamic inputs, bound Parameter values, extra args) to
    (dynamic outputs, values of ``written``). ``outs`` holds, per returned variable, its flattened
    leaves (dynamic leaves carry a ``ShapeDtypeStruct``) and treedef. ``error`` is the exception
    the body raised (then nothing else is set)."""

    __slots__ = ("closed", "outs", "out_leaves", "out_treedef", "written", "error", "n_dyn")

    def __init__(self):
        self.closed = None
        self.outs = None
        self.out_leaves = None
        self.out_treedef = None
        self.written = []
        self.error = None
        self.n_dyn = 0


def trace_body(fn, in_leaves, in_treedef, extra=(), bind_params=(), bind_values=None,
               catch=False):
    """Trace ``fn(*extra_values, *vars)`` where ``vars`` is rebuilt from ``in_leaves``.

    ``extra`` are example arrays for leading arguments passed as Tensors (a scan's element).
    ``bind_params`` are Parameters whose values are inputs of the jaxpr (loop-carried state); their
    final values are always outputs (as ``written``, in that order, followed by other writes).
    With ``catch``, an exception raised by ``fn`` is stored in ``Traced.error``.
    """
    from ..tensor import Tensor

    bind_params = list(bind_params)
    if bind_values is None:
        bind_values = [state.read(p) for p in bind_params]
    dyn_in = [leaf.value for leaf in in_leaves if leaf.dynamic]
    res = Traced()

    def flat(dyn, bvals, xs):
        vals = rebuild_vars(in_treedef, in_leaves, iter(dyn))
        with state.bind(bind_params, bvals, kind="control_flow") as frame:
            with _nested():
                out = fn(*[Tensor._wrap(x) for x in xs], *vals)
        out = tuple(out)
        outs = [flatten_vars(v) for v in out]
        res.out_leaves, res.out_treedef = flatten_vars(out)
        written = list(bind_params) + [p for k, p in frame.written.items()
                                       if k not in {id(b) for b in bind_params}]
        res.outs = outs
        res.written = written
        dyn_out = [leaf.value for leaves, _ in outs for leaf in leaves if leaf.dynamic]
        res.n_dyn = len(dyn_out)
        return dyn_out, [frame.values[id(p)] for p in written]

    try:
        closed, shapes = jax.make_jaxpr(flat, return_shape=True)(dyn_in, bind_values, list(extra))
    except Exception as e:  # noqa: BLE001 - re-raised by the caller unless a guard decides
        if not catch:
            raise
        res.error = e
        return res
    res.closed = closed
    dyn_shapes = iter(shapes[0])
    for leaves, _ in res.outs:
        for leaf in leaves:
            if leaf.dynamic:
                leaf.value = next(dyn_shapes)
    shapes_iter = iter(shapes[0])
    for leaf in res.out_leaves:
        if leaf.dynamic:
            leaf.value = next(shapes_iter)
    return res


def run_closed(traced, dyn, bvals, xs=(), consts=None):
    """Evaluate a traced body: returns (dynamic outputs, written values). ``consts`` replaces the
    closed jaxpr's constants (a differentiable loop passes them explicitly)."""
    closed = traced.closed
    if consts is not None:
        closed = jax.extend.core.ClosedJaxpr(closed.jaxpr, list(consts))
    flat = jax.extend.core.jaxpr_as_fun(closed)(*dyn, *bvals, *xs)
    return list(flat[:traced.n_dyn]), list(flat[traced.n_dyn:])
