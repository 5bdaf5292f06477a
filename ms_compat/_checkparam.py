"""``mindspore._checkparam`` (private): argument checks with MindSpore's exception types and
message texts.

MindSpore validates optimizer, schedule, wrapper and callback arguments with one helper module;
the messages users see come from it, so these helpers reproduce its wording: ``For 'SGD', the
'learning rate' must be float and must >= 0, but got '-0.1' with type 'float'.`` and the like.
"""
from __future__ import annotations

import math

import numpy as np

__all__ = ["positive_int", "non_negative_int", "is_int", "positive_float", "non_negative_float",
           "is_float", "float_range", "value_type", "check_bool", "in_values"]


def _prefix(prim_name):
    return f"For '{prim_name}', the " if prim_name else "The "


def _arg(arg_name):
    return f"'{arg_name}'" if arg_name else "input value"


def _number(value, bound, rel, arg_type, arg_name, prim_name):
    info = _prefix(prim_name) + _arg(arg_name)
    if not isinstance(value, arg_type):
        raise TypeError(f"{info} must be {arg_type.__name__}, but got '{type(value).__name__}'")
    if math.isinf(value) or math.isnan(value):
        raise ValueError(f"{info} must be a legal value, but got '{value}'.")
    ok = {"gt": value > bound, "ge": value >= bound}[rel]
    if isinstance(value, bool) or not ok:
        sym = {"gt": ">", "ge": ">="}[rel]
        msg = (f"{info} must be {arg_type.__name__} and must {sym} {bound}, "
               f"but got '{value}' with type '{type(value).__name__}'.")
        raise (TypeError if isinstance(value, bool) else ValueError)(msg)
    return value


def positive_int(value, arg_name=None, prim_name=None):
    return _number(value, 0, "gt", int, arg_name, prim_name)


def non_negative_int(value, arg_name=None, prim_name=None):
    return _number(value, 0, "ge", int, arg_name, prim_name)


def positive_float(value, arg_name=None, prim_name=None):
    return _number(value, 0, "gt", float, arg_name, prim_name)


def non_negative_float(value, arg_name=None, prim_name=None):
    return _number(value, 0, "ge", float, arg_name, prim_name)


def _is_number(value, arg_type, arg_name, prim_name):
    pre = f"For '{prim_name}', the" if prim_name else "The"
    if isinstance(value, arg_type) and not isinstance(value, bool):
        if math.isinf(value) or math.isnan(value):
            raise ValueError(f"{pre} {_arg(arg_name)} must be a legal float, but got '{value}'.")
        return value
    raise TypeError(f"{pre} type of {_arg(arg_name)} must be '{arg_type.__name__}', "
                    f"but got '{type(value).__name__}'.")


def is_int(value, arg_name=None, prim_name=None):
    return _is_number(value, int, arg_name, prim_name)


def is_float(value, arg_name=None, prim_name=None):
    return _is_number(value, float, arg_name, prim_name)


def float_range(value, lower, upper, arg_name=None, prim_name=None):
    """``lower < value < upper`` (MindSpore's INC_NEITHER range check)."""
    pre = f"For '{prim_name}', the" if prim_name else "The"
    if not isinstance(value, (np.ndarray, np.generic, float)) or isinstance(value, bool):
        raise TypeError(f"{pre} {_arg(arg_name)} must be 'float',  "
                        f"but got '{type(value).__name__}'.")
    if not lower < value < upper:
        raise ValueError(f"{pre} {_arg(arg_name)} must be in range of ({lower}, {upper}), "
                         f"but got {value} with type '{type(value).__name__}'.")
    return value


def value_type(arg_name, value, valid_types, prim_name=None):
    """``isinstance`` check; ``bool`` passes only when listed (it is an ``int``)."""
    valid_types = tuple(valid_types) if isinstance(valid_types, (list, tuple)) else (valid_types,)
    bad = (isinstance(value, bool) and bool not in valid_types) or \
        not isinstance(value, valid_types)
    if bad:
        names = [getattr(t, "__name__", str(t)) for t in valid_types]
        pre = f"For '{prim_name}', the" if prim_name else "The"
        many = len(valid_types) > 1
        raise TypeError(f"{pre} type of '{arg_name}' should be {'one of ' if many else ''}"
                        f"'{names if many else names[0]}', "
                        f"but got type '{type(value).__name__}'.")
    return value


def check_bool(value, arg_name=None, prim_name=None):
    if not isinstance(value, bool):
        pre = f"For '{prim_name}', the" if prim_name else "The"
        raise TypeError(f"{pre} {_arg(arg_name)} must be a bool, "
                        f"but got {type(value).__name__}.")
    return value


def in_values(arg_name, value, valid, prim_name=None):
    """``value in valid`` or ValueError ``... should be in [...], but got ...``."""
    if value not in valid:
        pre = f"For '{prim_name}', the" if prim_name else "The"
        raise ValueError(f"{pre} '{arg_name}' should be in {valid}, but got {value}.")
    return value
