"""``mindspore.experimental``: the PyTorch-style optimizers (``optim``).

Only ``optim.Optimizer``, ``optim.Adam``, ``optim.AdamW`` and ``optim.SGD`` are implemented;
any other name raises ``NotImplementedError`` naming the MindSpore API.
"""
from . import optim  # noqa: F401
from .._src.api_surface import missing_attr_hook as _missing_attr_hook

__getattr__ = _missing_attr_hook("mindspore.experimental")
