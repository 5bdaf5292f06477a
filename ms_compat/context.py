"""``mindspore.context``: the older home of ``set_context`` / ``get_context`` and the mode
constants (``context.set_context(mode=context.GRAPH_MODE)``); see ``ms_compat/_src/context.py``.
Auto-parallel and parameter-server settings are not provided (MindSpore's own distributed engine;
ms_compat scales with JAX sharding instead)."""
from ._src.api_surface import missing_attr_hook as _missing_attr_hook
from ._src.context import GRAPH_MODE, PYNATIVE_MODE, get_context, set_context  # noqa: F401

__all__ = ["GRAPH_MODE", "PYNATIVE_MODE", "get_context", "set_context"]
__getattr__ = _missing_attr_hook("mindspore.context")
