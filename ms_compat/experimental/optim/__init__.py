"""``mindspore.experimental.optim``: PyTorch-style optimizers with ``param_groups``.

Implemented: ``Optimizer`` (the base), ``Adam``, ``AdamW`` and ``SGD``. The other MindSpore
names (``RMSprop``, ``Adagrad``, ``lr_scheduler``, ...) raise ``NotImplementedError`` naming
the API.
"""
from .optimizer import Optimizer
from .adam import Adam
from .adamw import AdamW
from .sgd import SGD
from ..._src.api_surface import missing_attr_hook as _missing_attr_hook

__all__ = ["Optimizer", "Adam", "AdamW", "SGD"]

__getattr__ = _missing_attr_hook("mindspore.experimental.optim")
