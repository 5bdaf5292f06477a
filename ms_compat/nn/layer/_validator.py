"""Argument checks of ``mindspore.nn`` constructors with MindSpore 2.10's exception types and
messages (``mindspore/_checkparam.py``), as the layers print them."""
from __future__ import annotations

import numbers

from ..._src import dtype as mstype


def _int_like(value):
    return isinstance(value, numbers.Integral) and not isinstance(value, bool)


def check_positive_int(value, arg_name, cls_name):
    if not _int_like(value):
        raise TypeError(f"For '{cls_name}', the '{arg_name}' must be int, but got "
                        f"'{type(value).__name__}'")
    if value <= 0:
        raise ValueError(f"For '{cls_name}', the '{arg_name}' must be int and must > 0, but got "
                         f"'{value}' with type 'int'.")
    return int(value)


def check_non_negative_int(value, arg_name, cls_name):
    if not _int_like(value):
        raise TypeError(f"For '{cls_name}', the '{arg_name}' must be int, but got "
                        f"'{type(value).__name__}'")
    if value < 0:
        raise ValueError(f"For '{cls_name}', the '{arg_name}' must be int and must >= 0, but got "
                         f"'{value}' with type 'int'.")
    return int(value)


def check_bool(value, arg_name, cls_name):
    if not isinstance(value, bool):
        raise TypeError(f"For '{cls_name}', the '{arg_name}' must be a bool, but got "
                        f"{type(value).__name__}.")
    return value


def check_value_type(arg_name, value, types, cls_name):
    """``isinstance`` check; ``bool`` does not pass for ``int`` unless listed."""
    types = tuple(types) if isinstance(types, (list, tuple)) else (types,)
    ok = isinstance(value, types) and not (isinstance(value, bool) and bool not in types)
    if not ok:
        names = [t.__name__ for t in types]
        if len(names) == 1:
            raise TypeError(f"For '{cls_name}', the type of '{arg_name}' should be '{names[0]}', "
                            f"but got type '{type(value).__name__}'.")
        raise TypeError(f"For '{cls_name}', the type of '{arg_name}' should be one of "
                        f"'{names}', but got type '{type(value).__name__}'.")
    return value


def check_int_range(value, low, high, arg_name, cls_name):
    """``low <= value < high``."""
    if not _int_like(value):
        raise TypeError(f"For '{cls_name}', the '{arg_name}' must be int, but got "
                        f"'{type(value).__name__}'")
    if not low <= value < high:
        raise ValueError(f"For '{cls_name}', the '{arg_name}' must be in range of [{low}, "
                         f"{high}), but got {value} with type 'int'.")
    return int(value)


def check_float_range(value, low, high, arg_name, cls_name):
    """``low <= value <= high``."""
    if not low <= value <= high:
        raise ValueError(f"For '{cls_name}', the '{arg_name}' must be in range of [{low}, "
                         f"{high}], but got {value} with type '{type(value).__name__}'.")
    return value


def check_type_name(arg_name, dtype, valid, cls_name):
    """A MindSpore dtype in ``valid``; the message names them as MindSpore prints them."""
    if dtype in valid:
        return dtype
    if len(valid) == 1:
        raise TypeError(f"For '{cls_name}', the '{arg_name}' should be {valid[0]}, but got "
                        f"'{dtype!r}'.")
    names = ", ".join(repr(v) for v in valid)
    raise TypeError(f"For '{cls_name}', the '{arg_name}' should be one of [{names}], but got "
                    f"'{dtype!r}'.")


def twice(value, arg_name="kernel_size", cls_name=""):
    """MindSpore's ``twice``: an int becomes ``(v, v)``; a 2-tuple is kept."""
    if _int_like(value):
        return (int(value), int(value))
    if isinstance(value, tuple) and len(value) == 2:
        return value
    raise TypeError(f"For '{cls_name}', the '{arg_name}' must be int or tuple of two ints, but "
                    f"got {value}.")


FLOAT_TYPES = (mstype.float16, mstype.float32)
