"""``mindspore.dataset.vision``: image transforms (numpy HWC images, MindSpore's numerics)."""
from . import transforms  # noqa: F401
from .transforms import (  # noqa: F401
    Decode, HWC2CHW, Normalize, RandomCrop, RandomHorizontalFlip, Rescale, Resize, ToTensor)
from .utils import Border, Inter  # noqa: F401
from ..._src.api_surface import missing_attr_hook as _missing_attr_hook

__getattr__ = _missing_attr_hook("mindspore.dataset.vision")
