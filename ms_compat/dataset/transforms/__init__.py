"""``mindspore.dataset.transforms``: transforms that are not image specific."""
from . import transforms  # noqa: F401
from .transforms import Compose, OneHot, TensorOperation, TypeCast  # noqa: F401
from ..._src.api_surface import missing_attr_hook as _missing_attr_hook

__getattr__ = _missing_attr_hook("mindspore.dataset.transforms")
