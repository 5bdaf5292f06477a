"""``mindspore.nn.cell``."""
from .._src.cell import Cell  # noqa: F401
