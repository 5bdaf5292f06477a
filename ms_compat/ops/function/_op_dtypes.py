"""Which input dtypes each op accepts on MindSpore (CPU) and the dtype it returns.

The table ``_op_dtypes.json`` is measured on real MindSpore 2.10 by ``tools/record_op_dtypes.py``
(every op on a small Tensor of every dtype). ``rule(op, prim)`` turns one row into a fast check:
``check(x)`` returns the result's numpy dtype for input dtype ``x.dtype`` or raises the exception
MindSpore raises (its type; the message names the primitive, the argument and the accepted types).
Dtypes the table does not list (UInt16/32/64, complex) pass through unchecked.
"""
from __future__ import annotations

import json
import os

import numpy as np

from ..._src import dtype as mstype

with open(os.path.join(os.path.dirname(__file__), "_op_dtypes.json")) as _f:
    _TABLE = json.load(_f)

_NP = {t._name: t._np for t in mstype.all_types}
_NAME = {t._np: t._name for t in mstype.all_types}
_ERRORS = {"TypeError": TypeError, "RuntimeError": RuntimeError, "ValueError": ValueError}


def dtype_name(dt) -> str:
    return _NAME.get(np.dtype(dt), str(dt))


def _entry(v):
    if isinstance(v, list):
        return tuple(_entry(e) for e in v)
    if v.startswith("!"):
        return _ERRORS.get(v[1:], TypeError)
    return _NP.get(v, v)


class Rule:
    """One op's row: ``out[np_dtype]`` is the result dtype (a tuple for tuple results) or an
    exception class."""

    __slots__ = ("op", "prim", "arg", "out", "accepted")

    def __init__(self, op, prim, arg="input"):
        self.op, self.prim, self.arg = op, prim, arg
        row = _TABLE[op]
        self.out = {_NP[k]: _entry(v) for k, v in row.items()}
        self.accepted = [k for k, v in row.items() if not str(v).startswith("!")]

    def error(self, dt):
        exc = self.out[np.dtype(dt)]
        accepted = ", ".join(sorted(self.accepted))
        return exc(f"For primitive[{self.prim}], the input argument[{self.arg}] must be a type of "
                   f"{{{accepted}}}, but got {dtype_name(dt)}.")

    def __call__(self, dt):
        """Result dtype for input dtype ``dt`` (or raise)."""
        r = self.out.get(dt, dt)
        if isinstance(r, type):
            raise self.error(dt)
        return r


_cache: dict = {}


def rule(op, prim=None, arg="input") -> Rule:
    key = (op, prim, arg)
    r = _cache.get(key)
    if r is None:
        r = _cache[key] = Rule(op, prim or op, arg)
    return r


def known(op) -> bool:
    return op in _TABLE


__all__ = ["rule", "known", "dtype_name", "Rule"]
