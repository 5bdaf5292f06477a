"""Helpers to declare ``ops.operations`` classes compactly: a class per MindSpore Primitive whose
``__call__`` forwards to a functional op (one Python frame), and lazy links to functions other
modules own (``nn_func``, ``random_func``) that may not exist yet."""
from __future__ import annotations

import importlib

from ..primitive import Primitive


def fn_prim(name, fn, module, doc="", attrs=None):
    """A Primitive class ``name`` with fixed attributes; calling it calls ``fn(*args)``."""
    fixed = dict(attrs or {})

    def __init__(self):
        self.name = name
        self.attrs = dict(fixed)
        self.instance_name = ""

    def __call__(self, *args):
        return fn(*args)

    return type(name, (Primitive,), {"__init__": __init__, "__call__": __call__,
                                     "__doc__": doc or f"``ops.{name}``: ``{fn.__name__}``.",
                                     "__module__": module})


# MindSpore prints some attributes as enum ids (``Prim[BiasAdd]<data_format=0>``).
FORMAT = {"NCHW": 0, "NHWC": 1}
REDUCTION = {"sum": 0, "mean": 1, "none": 2}
PAD_MODE = {"PAD": 0, "SAME": 1, "VALID": 2}
TYPE_ID = {"Int32": 34, "Int64": 35}


def lazy(module, attr, prim):
    """The function ``attr`` of ``ms_compat.ops.function.<module>``, looked up at call time:
    NotImplementedError naming the Primitive while that module does not provide it."""
    def get():
        try:
            mod = importlib.import_module(f"ms_compat.ops.function.{module}")
        except ImportError:
            mod = None
        fn = getattr(mod, attr, None)
        if fn is None:
            raise NotImplementedError(f"mindspore.ops.{prim} is not supported by ms_compat yet "
                                      f"(it needs ops.function.{module}.{attr}).")
        return fn
    return get
