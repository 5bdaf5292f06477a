"""``mindspore.ops.operations`` state and control Primitives: ``Assign``/``AssignAdd``/
``AssignSub`` (Parameter writes through the state binding), ``Depend``, ``StopGradient``,
``Print`` (``debug_ops`` in MindSpore), ``UpdateState``, ``Partial``, ``identity``-like helpers.
"""
from __future__ import annotations

import functools

from ..function import debug_func, parameter_func
from ..primitive import Primitive
from ._base import fn_prim

_M = __name__

_MEM = {"side_effect_mem": True}
Assign = fn_prim("Assign", parameter_func.assign, _M, attrs=_MEM)
AssignAdd = fn_prim("AssignAdd", parameter_func.assign_add, _M, attrs=_MEM)
AssignSub = fn_prim("AssignSub", parameter_func.assign_sub, _M, attrs=_MEM)


class Depend(Primitive):
    """``ops.Depend()(value, expr)``: ``value`` (eager execution already runs ``expr`` first)."""

    def __init__(self):
        self._init(side_effect_propagate=1)

    def __call__(self, value, expr):
        return value


class UpdateState(Depend):
    def __init__(self):
        self._init()


class StopGradient(Primitive):
    def __init__(self):
        self._init()

    def __call__(self, x):
        from ..._src.autodiff import stop_gradient
        return stop_gradient(x)


class Print(Primitive):
    """``ops.Print()(*args)``: prints each argument on its own line (``side_effect_io``)."""

    def __init__(self):
        self._init(side_effect_io=True)

    def __call__(self, *args):
        return debug_func.print_(*args)


class Partial(Primitive):
    def __init__(self):
        self._init(side_effect_propagate=1)

    def __call__(self, *args):
        return functools.partial(args[0], *args[1:])


__all__ = ["Assign", "AssignAdd", "AssignSub", "Depend", "UpdateState", "StopGradient", "Print",
           "Partial"]
