"""Values that flow through converted control flow: undefined variables, the unset return value,
and the flattening of a tuple of loop/branch variables into traced arrays and static leaves.

A variable tuple is flattened with Tensors as leaves. Each leaf is one of:
  * ``tensor`` — a Tensor (not a Parameter): its JAX array is a dynamic value;
  * ``scalar`` — a :class:`~.scalar.ScalarTensor` (a Python number made dynamic by control flow);
  * ``array``  — a raw JAX array / tracer;
  * ``static`` — anything else (Python numbers, None, strings, Cells, Parameters, ``Undefined``):
    a compile-time constant that must agree between branches / iterations.
"""
from __future__ import annotations

import jax
import numpy as np

from ..parameter import Parameter
from ..tensor import Tensor
from .scalar import ScalarTensor

__all__ = ["Undefined", "undefined", "RETURN_UNSET", "is_undefined", "flatten_vars",
           "rebuild_vars", "Leaf"]


class Undefined:
    """A variable that has no value on this path (Python would raise ``UnboundLocalError``).

    Using it raises MindSpore's error text for a variable read where it was never assigned."""

    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name

    def _fail(self, *args, **kwargs):
        raise UnboundLocalError(f"The local variable '{self.name}' is not defined, or is used "
                                "before it is assigned.")

    __bool__ = __call__ = __getitem__ = __iter__ = __len__ = _fail
    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = __truediv__ = _fail
    __rtruediv__ = __neg__ = __lt__ = __le__ = __gt__ = __ge__ = __matmul__ = _fail
    __rmatmul__ = __pow__ = __rpow__ = __floordiv__ = __mod__ = __array__ = _fail

    def __repr__(self):
        return f"<undefined {self.name}>"


class _ReturnUnset:
    """The value of the lowered return variable before any ``return`` ran. It joins with any
    value (the return flag guarantees it is never the function's result)."""

    __slots__ = ()

    def __repr__(self):
        return "<return unset>"


RETURN_UNSET = _ReturnUnset()


def undefined(name):
    return Undefined(name)


def is_undefined(v) -> bool:
    return isinstance(v, Undefined)


def _is_leaf(x):
    return isinstance(x, (Tensor, Undefined, _ReturnUnset)) or x is None


class Leaf:
    """One flattened leaf: ``kind`` (see module docstring), ``value`` (the static value, or the
    dynamic array), ``ptype`` (Python type of a ``scalar`` leaf)."""

    __slots__ = ("kind", "value", "ptype")

    def __init__(self, kind, value, ptype=None):
        self.kind = kind
        self.value = value
        self.ptype = ptype

    @property
    def dynamic(self):
        return self.kind != "static"

    def __repr__(self):
        return f"Leaf({self.kind}, {self.value!r})"


def classify(x) -> Leaf:
    if isinstance(x, ScalarTensor):
        return Leaf("scalar", x._array(), x._ptype)
    if isinstance(x, Tensor) and not isinstance(x, Parameter):
        if x._lazy_init is not None:
            return Leaf("static", x)
        return Leaf("tensor", x._array())
    if isinstance(x, (jax.Array, jax.core.Tracer)) and not isinstance(x, np.ndarray):
        return Leaf("array", x)
    return Leaf("static", x)


def flatten_vars(vals):
    """(list of Leaf, treedef) of a tuple of variable values."""
    leaves, treedef = jax.tree.flatten(vals, is_leaf=_is_leaf)
    return [classify(v) for v in leaves], treedef


def leaf_value(leaf: Leaf, dyn=None):
    """The Python object for ``leaf`` (with ``dyn`` replacing its array when given)."""
    arr = leaf.value if dyn is None else dyn
    if leaf.kind == "tensor":
        return Tensor._wrap(arr)
    if leaf.kind == "scalar":
        return ScalarTensor._make(arr, leaf.ptype)
    if leaf.kind == "array":
        return arr
    return leaf.value


def rebuild_vars(treedef, leaves, dyn=None):
    """Inverse of :func:`flatten_vars`; ``dyn`` (an iterator) supplies the dynamic arrays."""
    out = []
    for leaf in leaves:
        out.append(leaf_value(leaf, next(dyn) if (dyn is not None and leaf.dynamic) else None))
    return jax.tree.unflatten(treedef, out)
