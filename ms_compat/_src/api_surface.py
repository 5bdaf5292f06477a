"""What MindSpore's public namespace has, and the error for names ms_compat lacks.

``mindspore_api.json`` is recorded from real MindSpore by ``tools/record_api_names.py``. A
public module of ms_compat ends with ``__getattr__ = missing_attr_hook("mindspore.ops")``: a name
MindSpore has but ms_compat does not raises ``NotImplementedError("mindspore.ops.foo is not
supported by ms_compat yet")`` at the point of use; any other name is a plain AttributeError,
as MindSpore itself would raise.
"""
from __future__ import annotations

import functools
import importlib
import importlib.util
import json
import os
import sys


@functools.lru_cache(maxsize=None)
def known_names() -> dict:
    path = os.path.join(os.path.dirname(__file__), "mindspore_api.json")
    with open(path) as f:
        data = json.load(f)
    return {k: frozenset(v) for k, v in data.items() if isinstance(v, list)}


def is_mindspore_api(module: str, name: str) -> bool:
    return name in known_names().get(module, ())


class UnsupportedAPIError(NotImplementedError):
    """A MindSpore API that ms_compat does not implement yet."""


def unsupported(qualname: str):
    return UnsupportedAPIError(f"{qualname} is not supported by ms_compat yet")


def missing_attr_hook(ms_module: str):
    own_module = "ms_compat" + ms_module[len("mindspore"):]

    def __getattr__(name):
        if name.startswith("__"):
            raise AttributeError(f"module '{ms_module}' has no attribute '{name}'")
        # A submodule that exists but is not imported yet: import it (``from pkg import sub``
        # asks ``getattr`` before importing). Only packages have submodules.
        spec = None
        module = sys.modules.get(own_module)
        if module is not None and "__path__" in vars(module):
            try:
                spec = importlib.util.find_spec(f"{own_module}.{name}")
            except (ImportError, ValueError):
                spec = None
        if spec is not None:
            return importlib.import_module(f"{own_module}.{name}")
        if not name.startswith("_") and is_mindspore_api(ms_module, name):
            raise unsupported(f"{ms_module}.{name}")
        raise AttributeError(f"module '{ms_module}' has no attribute '{name}'")
    return __getattr__
