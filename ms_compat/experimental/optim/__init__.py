"""``mindspore.experimental.optim``: PyTorch-style optimizers with ``param_groups``.

Implemented: ``Optimizer`` (the base) and ``AdamW``. The other MindSpore names (``Adam``,
``SGD``, ``lr_scheduler``, ...) raise ``NotImplementedError`` naming the API.
"""
from .optimizer import Optimizer
from .adamw import AdamW
from ..._src.api_surface import missing_attr_hook as _missing_attr_hook

__all__ = ["Optimizer", "AdamW"]

__getattr__ = _missing_attr_hook("mindspore.experimental.optim")
