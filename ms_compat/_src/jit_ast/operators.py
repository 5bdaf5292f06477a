"""The runtime operators converted code calls (bound to the name ``_ms_`` in converted functions).

Each dispatches when the statement runs inside a trace: a Python / concrete condition runs plain
Python control flow (only the branch taken is traced, as MindSpore folds constant conditions); a
traced condition becomes ``lax.cond`` / a differentiable while / ``lax.scan``.

MindSpore semantics copied (checked on 2.10): ``x and y`` / ``x or y`` on Tensors return one of
the operands, as Python does (``Tensor(0.) and Tensor(3.)`` is ``0.``), joined like ``if``
branches; ``not x`` on a Tensor is a Bool Tensor; ``0 < x < 5`` is the ``and`` of the two
comparisons; ``range()`` of a Tensor is a ``TypeError``.
"""
from __future__ import annotations

import jax.numpy as jnp

from ..tensor import Tensor
from .cond import traced_if
from .compiler import converted_call as call
from .loops import for_stmt, while_stmt
from .scalar import ScalarTensor
from .truth import truth
from .values import RETURN_UNSET, undefined

__all__ = ["if_stmt", "ifexp", "and_", "or_", "not_", "none_set", "loop_test", "while_stmt",
           "for_stmt", "call", "undefined", "RETURN_UNSET"]


def if_stmt(test, true_fn, false_fn, vals, names, live):
    """``if test: <true_fn> else: <false_fn>``; the branch functions take and return ``vals``."""
    p = truth(test)
    if isinstance(p, bool):
        return tuple((true_fn if p else false_fn)(*vals))
    return traced_if(p, true_fn, false_fn, tuple(vals), names, live)


def _expr_if(p, a_fn, b_fn):
    (v,) = traced_if(p, lambda: (a_fn(),), lambda: (b_fn(),), (), ("<expression>",), set())
    return v


def ifexp(test, a_fn, b_fn):
    """``a if test else b``."""
    p = truth(test)
    if isinstance(p, bool):
        return a_fn() if p else b_fn()
    return _expr_if(p, a_fn, b_fn)


def and_(first, *rest):
    """``first and rest[0]() and ...`` with Python's short-circuit on known values."""
    value = first
    for thunk in rest:
        p = truth(value)
        if isinstance(p, bool):
            if not p:
                return value
            value = thunk()
        else:
            prev = value
            value = _expr_if(p, thunk, lambda prev=prev: prev)
    return value


def or_(first, *rest):
    """``first or rest[0]() or ...``."""
    value = first
    for thunk in rest:
        p = truth(value)
        if isinstance(p, bool):
            if p:
                return value
            value = thunk()
        else:
            prev = value
            value = _expr_if(p, lambda prev=prev: prev, thunk)
    return value


def not_(x):
    """``not x``: a Bool Tensor for a traced Tensor (MindSpore), Python's ``not`` otherwise."""
    p = truth(x)
    if isinstance(p, bool):
        return not p
    if isinstance(x, ScalarTensor):
        return ScalarTensor._make(jnp.logical_not(p), bool)
    return Tensor._wrap(jnp.logical_not(p))


def none_set(*flags):
    """True while none of the lowered ``break`` / ``continue`` / ``return`` flags is set."""
    pending = []
    for f in flags:
        p = truth(f)
        if isinstance(p, bool):
            if p:
                return False
        else:
            pending.append(p)
    if not pending:
        return True
    out = pending[0]
    for p in pending[1:]:
        out = jnp.logical_or(out, p)
    return jnp.logical_not(out)


def loop_test(flags_clear, test_fn):
    """The test of a ``while`` whose body has lowered jumps: ``test`` runs only while no flag is
    set (Python semantics); with traced flags it is the logical and of both."""
    p = truth(flags_clear)
    if isinstance(p, bool):
        return test_fn() if p else False
    t = truth(test_fn())
    if isinstance(t, bool):
        return p if t else False
    return jnp.logical_and(p, t)
