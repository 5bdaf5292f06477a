"""``mindspore.ops.composite``: composite operations (``GradOperation``; machinery in
``ms_compat/_src/grad_operation.py``)."""
from .base import GradOperation  # noqa: F401
from ..._src.api_surface import missing_attr_hook as _missing_attr_hook

__all__ = ["GradOperation"]

__getattr__ = _missing_attr_hook("mindspore.ops.composite")
