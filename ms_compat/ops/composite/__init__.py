"""``mindspore.ops.composite``: composite operations (``GradOperation``; machinery in
``ms_compat/_src/grad_operation.py``; ``MultitypeFuncGraph``/``HyperMap``/``Map`` in
``ms_compat/_src/multitype.py``) and the functional ops MindSpore re-exports here
(``C.clip_by_value``, ``C.clip_by_global_norm``, ...)."""
from .base import GradOperation, HyperMap, Map, MultitypeFuncGraph  # noqa: F401
from ..function.clip_func import clip_by_global_norm, clip_by_value  # noqa: F401
from ..function._random_extra import gamma, multinomial, poisson  # noqa: F401
from ..._src.api_surface import missing_attr_hook as _missing_attr_hook

__all__ = ["GradOperation", "HyperMap", "Map", "MultitypeFuncGraph", "clip_by_value",
           "clip_by_global_norm", "gamma", "multinomial", "poisson"]

__getattr__ = _missing_attr_hook("mindspore.ops.composite")
