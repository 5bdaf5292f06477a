"""MindSpore dtype objects (``mindspore.float32`` ...) and their numpy/JAX equivalents.

MindSpore dtypes are singleton type objects that print as ``Float32`` / ``Int64`` and compare
equal only to themselves (``ms.float32 == np.float32`` is False). Each one here carries the
numpy dtype used for storage; bfloat16 uses ``ml_dtypes.bfloat16`` (what JAX uses).

Default dtypes follow MindSpore, not JAX: a Python float becomes Float32, a Python int Int64,
a Python bool Bool; a list mixing ints and floats becomes Float32; numpy arrays and numpy
scalars keep their dtype.
"""
from __future__ import annotations

import builtins

import ml_dtypes
import numpy as np


class Type:
    """A MindSpore dtype. Singleton per name; ``repr`` and ``str`` give MindSpore's name."""

    __slots__ = ("_name", "_np", "_kind", "_bits")

    def __init__(self, name: str, np_dtype, kind: str, bits: int):
        self._name = name
        self._np = None if np_dtype is None else np.dtype(np_dtype)
        self._kind = kind  # 'b' bool, 'i' signed int, 'u' unsigned, 'f' float, 'c' complex, 's' string
        self._bits = bits

    def __repr__(self):
        return "mindspore." + _REPR_NAMES.get(self._name, self._name.lower())

    def __str__(self):
        return self._name

    def __reduce__(self):
        return (_lookup, (self._name,))

    # MindSpore exposes these on its typing objects.
    def to_np(self):
        return self._np

    @property
    def itemsize(self):
        return self._bits // 8

    @property
    def is_float(self):
        return self._kind == "f"

    @property
    def is_int(self):
        return self._kind in ("i", "u")


_ALL: dict[str, Type] = {}
_REPR_NAMES = {"Bool": "bool", "UInt8": "uint8", "UInt16": "uint16", "UInt32": "uint32",
               "UInt64": "uint64", "BFloat16": "bfloat16"}


class Bool(Type):
    __slots__ = ()


class Int(Type):
    __slots__ = ()


class UInt(Type):
    __slots__ = ()


class Float(Type):
    __slots__ = ()


class BFloat(Type):
    __slots__ = ()


class Complex(Type):
    __slots__ = ()


class String(Type):
    __slots__ = ()


class TypeNone(Type):
    __slots__ = ()


_CLASS_OF_KIND = {"b": Bool, "i": Int, "u": UInt, "f": Float, "c": Complex, "s": String,
                  "n": TypeNone}


def _make(name, np_dtype, kind, bits):
    cls = BFloat if name == "BFloat16" else _CLASS_OF_KIND[kind]
    t = cls(name, np_dtype, kind, bits)
    _ALL[name] = t
    return t


bool_ = _make("Bool", np.bool_, "b", 8)
int8 = _make("Int8", np.int8, "i", 8)
int16 = _make("Int16", np.int16, "i", 16)
int32 = _make("Int32", np.int32, "i", 32)
int64 = _make("Int64", np.int64, "i", 64)
uint8 = _make("UInt8", np.uint8, "u", 8)
uint16 = _make("UInt16", np.uint16, "u", 16)
uint32 = _make("UInt32", np.uint32, "u", 32)
uint64 = _make("UInt64", np.uint64, "u", 64)
float16 = _make("Float16", np.float16, "f", 16)
float32 = _make("Float32", np.float32, "f", 32)
float64 = _make("Float64", np.float64, "f", 64)
bfloat16 = _make("BFloat16", ml_dtypes.bfloat16, "f", 16)
complex64 = _make("Complex64", np.complex64, "c", 64)
complex128 = _make("Complex128", np.complex128, "c", 128)
string = _make("String", None, "s", 0)
type_none = _make("TypeNone", None, "n", 0)

# MindSpore's aliases.
half = float16
single = float32
double = float64
short = int16
intc = int32
intp = int64
long = int64
ushort = uint16
uint = uint32
cfloat = complex64
cdouble = complex128
float_ = float32
float = float32  # noqa: A001 (``mindspore.float``)
int_ = int32

number_type = (int8, int16, int32, int64, uint8, uint16, uint32, uint64, float16, float32,
               float64, bfloat16, complex64, complex128)
int_type = (int8, int16, int32, int64)
uint_type = (uint8, uint16, uint32, uint64)
float_type = (float16, float32, float64, bfloat16)
signed_type = int_type + float_type + (complex64, complex128)
complex_type = (complex64, complex128)
all_types = number_type + (bool_,)

_BY_NP: dict[np.dtype, Type] = {t._np: t for t in all_types}


def _lookup(name):
    return _ALL[name]


def from_np_dtype(dt) -> Type:
    """MindSpore dtype for a numpy (or JAX) dtype."""
    try:
        return _BY_NP[np.dtype(dt)]
    except (KeyError, TypeError):
        raise TypeError(f"For 'Tensor', the type of numpy array {dt} is not supported.") from None


def to_np_dtype(dt) -> np.dtype:
    """numpy dtype for a MindSpore dtype, numpy dtype, or Python type (float -> float32)."""
    if isinstance(dt, Type):
        if dt._np is None:
            raise TypeError(f"The dtype {dt} has no numpy equivalent.")
        return dt._np
    if dt is builtins.float:
        return np.dtype(np.float32)
    if dt is builtins.int:
        return np.dtype(np.int64)
    if dt is builtins.bool:
        return np.dtype(np.bool_)
    return np.dtype(dt)


def as_ms_dtype(dt) -> Type:
    """Accept a MindSpore dtype, numpy dtype or Python type; return the MindSpore dtype."""
    if isinstance(dt, Type):
        return dt
    return from_np_dtype(to_np_dtype(dt))


def dtype_to_nptype(type_):
    """``mindspore.dtype_to_nptype``: the numpy scalar type of a MindSpore dtype."""
    return to_np_dtype(type_).type


def dtype_to_pytype(type_):
    """``mindspore.dtype_to_pytype``: the Python type of a MindSpore dtype."""
    t = as_ms_dtype(type_)
    if t is bool_:
        return builtins.bool
    if t._kind in ("i", "u"):
        return builtins.int
    if t._kind == "f":
        return builtins.float
    if t._kind == "c":
        return builtins.complex
    raise TypeError(f"Unsupported dtype {t}.")


def pytype_to_dtype(obj):
    """``mindspore.pytype_to_dtype``: Python type (or numpy type) to MindSpore dtype (float->Float64)."""
    if isinstance(obj, Type):
        return obj
    if obj is builtins.bool:
        return bool_
    if obj is builtins.int:
        return int64
    if obj is builtins.float:
        return float64
    return from_np_dtype(obj)


def is_float(t: Type) -> bool:
    return t._kind == "f"


def is_int_or_bool(t: Type) -> bool:
    return t._kind in ("i", "u", "b")


def get_py_obj_dtype(obj):
    if isinstance(obj, Type):
        return obj
    return pytype_to_dtype(obj)
