"""``ScalarTensor``: a Python number that control flow made dynamic.

MindSpore's GRAPH mode keeps Python scalars as *scalar variables* when a tensor condition decides
their value (``i = 0; while x < 10: ...; i = i + 1``, or ``y = 1 if x > 0 else 2``): arithmetic
on them follows Python's number rules, and ``ms.jit`` returns them as Python numbers (checked on
MindSpore 2.10: the counter above comes back as ``int 4``; ``i / 3`` as the float ``1.33333337``,
computed in float32). Here such a value is a 0-d Tensor subclass carrying its Python type:

  * ``ScalarTensor op number/ScalarTensor`` gives a ScalarTensor with Python's result type
    (``int / int`` is float, comparisons are bool); ints are Int64, floats Float32;
  * ``Tensor op ScalarTensor`` (either order) follows MindSpore's Tensor-with-Python-scalar
    promotion (the Tensor's dtype wins, see ``_src/promotion.py``);
  * leaving a compiled function (a concrete value un-flattened from a ``jax.jit`` result), it
    becomes the Python number itself.
Everything else treats it as a 0-d Tensor.
"""
from __future__ import annotations

import numbers

import jax
import jax.numpy as jnp
import numpy as np

from .. import promotion
from ..tensor import Tensor

__all__ = ["ScalarTensor", "np_dtype_of_ptype", "python_type_of"]

_NP = {bool: np.dtype(np.bool_), int: np.dtype(np.int64), float: np.dtype(np.float32)}


def np_dtype_of_ptype(ptype):
    return _NP[ptype]


def python_type_of(value):
    """``bool`` / ``int`` / ``float`` for a Python (or numpy) real number, else None."""
    if isinstance(value, (bool, np.bool_)):
        return bool
    if isinstance(value, (numbers.Integral, np.integer)):
        return int
    if isinstance(value, (numbers.Real, np.floating)):
        return float
    return None


_CMP = {"lt": jnp.less, "le": jnp.less_equal, "gt": jnp.greater, "ge": jnp.greater_equal,
        "eq": jnp.equal, "ne": jnp.not_equal}
_ARITH = {"add": jnp.add, "sub": jnp.subtract, "mul": jnp.multiply, "truediv": jnp.true_divide,
          "floordiv": jnp.floor_divide, "mod": jnp.mod, "pow": jnp.power}


def _result_ptype(name, pa, pb):
    if name in _CMP:
        return bool
    if name == "truediv" or float in (pa, pb):
        return float
    return int


class ScalarTensor(Tensor):
    """A dynamic Python scalar (see module docstring)."""

    __slots__ = ("_ptype",)

    @classmethod
    def _make(cls, data, ptype):
        t = object.__new__(cls)
        t._data = data
        t._lazy_init = None
        t._host = False
        t._ptype = ptype
        return t

    @classmethod
    def from_python(cls, value, ptype=None):
        ptype = ptype or python_type_of(value)
        return cls._make(jnp.asarray(value, _NP[ptype]), ptype)

    def _binop(self, other, name, reflected):
        fn = _CMP.get(name) or _ARITH[name]
        x = self._array()
        if isinstance(other, ScalarTensor) or python_type_of(other) is not None:
            po = other._ptype if isinstance(other, ScalarTensor) else python_type_of(other)
            rp = _result_ptype(name, self._ptype, po)
            work = _NP[float] if rp is float else _NP[int] if rp is int else None
            y = other._array() if isinstance(other, ScalarTensor) else jnp.asarray(other)
            if work is None:  # comparison: compare in the common type
                work = _NP[float] if float in (self._ptype, po) else _NP[int]
            x, y = x.astype(work), y.astype(work)
            a, b = (y, x) if reflected else (x, y)
            out = fn(a, b)
            return ScalarTensor._make(out.astype(_NP[rp]), rp)
        if isinstance(other, Tensor):
            y = other._array()
            dt = promotion.scalar_result_dtype(y.dtype, self._ptype(0))
            if name == "truediv" and np.dtype(dt).kind in "biu":
                dt = _NP[float]
            x, y = x.astype(dt), y.astype(dt)
            a, b = (y, x) if reflected else (x, y)
            return Tensor._wrap(fn(a, b))
        return NotImplemented

    def __neg__(self):
        return ScalarTensor._make(-self._array(), int if self._ptype is bool else self._ptype)

    def __abs__(self):
        return ScalarTensor._make(jnp.abs(self._array()), self._ptype)

    def __repr__(self):
        data = self._array()
        if isinstance(data, jax.core.Tracer):
            return f"ScalarTensor(dtype={self.dtype}, python type={self._ptype.__name__}, <traced>)"
        return repr(self._ptype(np.asarray(data).item()))

    __str__ = __repr__


def _install():
    for name in list(_ARITH) + list(_CMP):
        def fwd(self, other, _n=name):
            return self._binop(other, _n, False)

        setattr(ScalarTensor, f"__{name}__", fwd)
        if name in _ARITH:
            def rev(self, other, _n=name):
                return self._binop(other, _n, True)

            setattr(ScalarTensor, f"__r{name}__", rev)
    ScalarTensor.__hash__ = object.__hash__


_install()


def _flatten(t):
    return (t._array(),), t._ptype


def _unflatten(ptype, children):
    data = children[0]
    # A concrete array here is a compiled function's result: MindSpore returns a Python number.
    if isinstance(data, jax.Array) and not isinstance(data, jax.core.Tracer):
        return ptype(np.asarray(data).item())
    return ScalarTensor._make(data, ptype)


jax.tree_util.register_pytree_node(ScalarTensor, _flatten, _unflatten)
