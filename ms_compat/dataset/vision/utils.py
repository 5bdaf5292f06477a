"""``mindspore.dataset.vision.Inter`` and ``Border``."""
from enum import Enum


class Inter(str, Enum):
    """Interpolation modes (MindSpore's names; BILINEAR is LINEAR, BICUBIC is CUBIC)."""

    NEAREST = "nearest"
    ANTIALIAS = "antialias"
    LINEAR = "linear"
    BILINEAR = "linear"
    CUBIC = "cubic"
    BICUBIC = "cubic"
    AREA = "area"
    PILCUBIC = "pilcubic"


class Border(str, Enum):
    """Padding modes: CONSTANT fills, EDGE repeats the edge, REFLECT mirrors without repeating
    the edge pixel (OpenCV BORDER_REFLECT_101), SYMMETRIC mirrors with it (BORDER_REFLECT)."""

    CONSTANT = "constant"
    EDGE = "edge"
    REFLECT = "reflect"
    SYMMETRIC = "symmetric"
