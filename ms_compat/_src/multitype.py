"""``ops.MultitypeFuncGraph``, ``ops.HyperMap`` and ``ops.Map`` (``mindspore.ops.composite.base``).

``MultitypeFuncGraph(name)`` is a function overloaded on the MindSpore types of its arguments:
``@fn.register("Tensor", "Number")`` adds an entry; a call takes the *first registered* entry
whose signature has the call's arity and whose every type name covers the argument's type
(MindSpore's PyNative dispatch). As in MindSpore:

* a graph with exactly one entry calls it whatever the arguments are;
* ``numpy.ndarray`` arguments raise ``TypeError``; no match raises ``ValueError`` listing the
  entries and the argument types (``mindspore.tensor[float32]``, ``mindspore.int64`` ...);
* type names are MindSpore's (``Number``, ``Int``, ``Float``, ``Bool``, ``Tensor``,
  ``Tensor[Float32]``, ``Tuple``, ``List``, ``String``, ``None``, ``Function``, ``TypeType``,
  dtype names such as ``Float32`` ...); an unknown name raises ``RuntimeError`` at registration;
  a dtype object (``mstype.float32``) may be passed instead of a string.

Argument types: a Tensor/Parameter is ``tensor[<dtype>]``; Python ``int``/``float``/``bool`` are
``int64``/``float64``/``bool`` (all are ``Number``); ``str`` ``string_``; ``None`` ``type_none``;
tuple/list ``tuple_``/``list_``; functions, Cells and Primitives ``function``; dtypes
``type_type``.

``HyperMap(ops=None)`` applies ``ops`` leaf-wise over (nested) tuples/lists of its arguments and
returns tuples (MindSpore's PyNative ``HyperMap.__call__``: the leaf test looks at the first
argument only, rows are ``zip``-ped, so sequences of different lengths are truncated to the
shortest). ``ops`` must be a ``MultitypeFuncGraph`` (MindSpore raises ``RuntimeError`` for
anything else); with ``ops=None`` the first call argument is the function, which may be any
callable (``F.partial(fn, ...)`` is the usual one). ``Map`` is the one-level version.

Difference from MindSpore: under ``ms.jit`` MindSpore compiles the dispatch itself (graph-mode
type inference, stricter sequence-length checks); here the same Python dispatch is traced, so
the results are those of PyNative mode. ``reverse`` is accepted and has no effect (MindSpore
honours it only in graph mode and only for the order of side effects).
"""
from __future__ import annotations

import functools
import inspect
import re

import numpy as np

from . import dtype as mstype


class _MsType:
    """A MindSpore type that is not a Tensor element dtype (``number``, ``tensor``, ...)."""

    __slots__ = ("_rname", "_tag")

    def __init__(self, rname, tag):
        self._rname = rname
        self._tag = tag

    def __repr__(self):
        return "mindspore." + self._rname

    def __eq__(self, other):
        return isinstance(other, _MsType) and other._tag == self._tag

    def __hash__(self):
        return hash(self._tag)


class _TensorType(_MsType):
    __slots__ = ("elem",)

    def __init__(self, elem=None):
        name = "tensor" if elem is None else f"tensor[{repr(elem)[len('mindspore.'):]}]"
        super().__init__(name, ("tensor", None if elem is None else elem._name))
        self.elem = elem


_GENERIC = {
    "Number": _MsType("number", "number"),
    "Int": _MsType("int", "int"),
    "UInt": _MsType("uint", "uint"),
    "Float": _MsType("float", "float"),
    "Complex": _MsType("complex", "complex"),
    "Tuple": _MsType("tuple_", "tuple"),
    "List": _MsType("list_", "list"),
    "Function": _MsType("function", "function"),
    "String": _MsType("string_", "string"),
    "None": _MsType("type_none", "none"),
    "TypeType": _MsType("type_type", "type_type"),
    "Dictionary": _MsType("Dictionary", "dict"),
    "Slice": _MsType("Slice", "slice"),
    "Ellipsis": _MsType("Ellipsis", "ellipsis"),
    "RowTensor": _MsType("RowTensor", "RowTensor"),
    "COOTensor": _MsType("COOTensor", "COOTensor"),
    "CSRTensor": _MsType("CSRTensor", "CSRTensor"),
    "MapTensor": _MsType("MapTensor", "MapTensor"),
    "UMonad": _MsType("UMonad", "UMonad"),
    "IOMonad": _MsType("IOMonad", "IOMonad"),
    "Undetermined": _MsType("Undetermined", "Undetermined"),
    "EnvType": _MsType("env_type", "env_type"),
    "SymbolicKeyType": _MsType("symbolic_key", "symbolic_key"),
    "Problem": _MsType("unknown", "unknown"),
}
_DTYPE_NAMES = ("Bool", "Int8", "Int16", "Int32", "Int64", "UInt8", "UInt16", "UInt32", "UInt64",
                "Float16", "Float32", "Float64", "BFloat16", "Complex64", "Complex128")


def _str_to_type(name):
    if name == "Tensor":
        return _TensorType()
    m = re.fullmatch(r"Tensor\[(\w+)\]", name)
    if m and m.group(1) in _DTYPE_NAMES:
        return _TensorType(mstype._lookup(m.group(1)))
    if name in _DTYPE_NAMES:
        return mstype._lookup(name)
    if name in _GENERIC:
        return _GENERIC[name]
    raise RuntimeError(f"Unsupported type name: {name}!")


def _obj_type(obj):
    """MindSpore's ``_get_py_obj_dtype`` for the argument kinds ms_compat has."""
    from .tensor import Tensor
    if isinstance(obj, Tensor):
        return _TensorType(obj.dtype)
    if isinstance(obj, mstype.Type):
        return _GENERIC["TypeType"]
    if (hasattr(obj, "construct") or hasattr(obj, "__primitive_flag__")
            or inspect.isfunction(obj) or isinstance(obj, MultitypeFuncGraph)):
        return _GENERIC["Function"]
    t = obj if isinstance(obj, type) else type(obj)
    if t is bool or t is np.bool_:
        return mstype.bool_
    if issubclass(t, bool):
        return mstype.bool_
    if issubclass(t, int):
        return mstype.int64
    if issubclass(t, float):
        return mstype.float64
    if issubclass(t, str):
        return _GENERIC["String"]
    if obj is None or t is type(None):
        return _GENERIC["None"]
    if issubclass(t, tuple):
        return _GENERIC["Tuple"]
    if issubclass(t, list):
        return _GENERIC["List"]
    if isinstance(obj, np.generic):
        return mstype.from_np_dtype(obj.dtype)
    if callable(obj):
        return _GENERIC["Function"]
    raise NotImplementedError(f"The python type {t} cannot be converted to MindSpore type.")


_GROUP_KINDS = {"number": "biufc", "int": "i", "uint": "u", "float": "f", "complex": "c"}


def _issubclass(t, sig):
    """Whether argument type ``t`` is covered by signature type ``sig``."""
    if isinstance(sig, _TensorType):
        return isinstance(t, _TensorType) and (sig.elem is None or t.elem is sig.elem)
    if isinstance(sig, mstype.Type):
        return isinstance(t, mstype.Type) and t is sig
    if isinstance(t, _TensorType):
        return False
    if isinstance(t, mstype.Type):
        kinds = _GROUP_KINDS.get(sig._tag)
        return kinds is not None and t._kind in kinds
    return t == sig


class MultitypeFuncGraph:
    """``mindspore.ops.MultitypeFuncGraph(name, read_value=False)``: see the module docstring."""

    def __init__(self, name, read_value=False):
        self.name = name
        self.read_value = read_value
        self.entries = []
        self.default_func = None

    def register(self, *type_names):
        def convert(type_input):
            if isinstance(type_input, str):
                return _str_to_type(type_input)
            if not isinstance(type_input, (mstype.Type, _MsType)):
                raise TypeError("For 'MultitypeFuncGraph', register only support str or <class "
                                "'mindspore._c_expression.typing.Type'>, but got 'type_input': "
                                f"{type_input}.")
            return type_input

        def deco(fn):
            types = tuple(convert(t) for t in type_names)
            self.entries.append((types, fn))
            return fn
        return deco

    def _register_default(self, convert_to_interpret=True):
        def deco(fn):
            self.default_func = fn
            return fn
        return deco

    def __call__(self, *args):
        if callable(self.default_func):
            return self.default_func(*args)
        for a in args:
            if isinstance(a, np.ndarray):
                raise TypeError("For 'MultitypeFuncGraph', the input can not be numpy.ndarray")
        if len(self.entries) == 1:
            return self.entries[0][1](*args)
        types = tuple(_obj_type(a) for a in args)
        for sigs, fn in self.entries:
            if len(sigs) != len(types):
                continue
            if all(_issubclass(t, s) for s, t in zip(sigs, types)):
                return fn(*args)
        raise ValueError("For 'MultitypeFuncGraph', cannot find fn match given args. Got (sigs, "
                         f"fn): {self.entries}, and (dtype, args): {types}.")

    def set_doc_url(self, doc_url):
        self.doc_url = doc_url

    def set_need_raise(self):
        pass


def _check_ops(ops):
    if ops is not None and not isinstance(ops, MultitypeFuncGraph):
        raise RuntimeError(f"Unable to cast Python instance of type {type(ops)} to C++ type "
                           "'std::shared_ptr<mindspore::prim::MultitypeFuncGraph>'")


class HyperMap:
    """``mindspore.ops.HyperMap(ops=None, reverse=False)``: see the module docstring."""

    def __init__(self, ops=None, reverse=False):
        _check_ops(ops)
        self.ops = ops
        self.reverse = reverse

    def __call__(self, *args):
        func, rows, hyper = self.ops, args, self
        if self.ops is None:
            func, rows = args[0], args[1:]
            hyper = functools.partial(self, func)
        if not isinstance(rows[0], (tuple, list)):
            return func(*rows)
        return tuple(map(hyper, *rows))


class Map:
    """``mindspore.ops.Map(ops=None, reverse=False)``: ``ops`` over the rows of sequences."""

    def __init__(self, ops=None, reverse=False):
        if ops is not None and not isinstance(ops, MultitypeFuncGraph):
            raise TypeError("__init__(): incompatible constructor arguments. The following "
                            "argument types are supported:")
        self.ops = ops
        self.reverse = reverse

    def __call__(self, *args):
        func, rows = self.ops, args
        if self.ops is None:
            func, rows = args[0], args[1:]
        return tuple(map(func, *rows))


__all__ = ["MultitypeFuncGraph", "HyperMap", "Map"]
