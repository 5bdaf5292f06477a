"""``mindspore.ops.composite.base``: ``GradOperation`` (see ``ms_compat/_src/grad_operation.py``),
``MultitypeFuncGraph``, ``HyperMap`` and ``Map`` (see ``ms_compat/_src/multitype.py``)."""
from ..._src.grad_operation import GradOperation
from ..._src.multitype import HyperMap, Map, MultitypeFuncGraph

__all__ = ["GradOperation", "HyperMap", "Map", "MultitypeFuncGraph"]
