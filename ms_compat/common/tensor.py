"""``mindspore.common.tensor``."""
from .._src.tensor import Tensor  # noqa: F401
