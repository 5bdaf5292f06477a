"""``mindspore.ops.composite.base``: ``GradOperation`` (see ``ms_compat/_src/grad_operation.py``)."""
from ..._src.grad_operation import GradOperation

__all__ = ["GradOperation"]
