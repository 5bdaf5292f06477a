"""``nn.Upsample`` (``mindspore/nn/layer/basic.py`` in MindSpore): a Cell over ``ops.interpolate``
with the arguments fixed at construction; its ``repr`` is ``Upsample()`` and it has no
parameters. All checks happen at call time, as ``ops.interpolate``'s."""
from __future__ import annotations

from ..._src.cell import Cell
from ...ops.function.nn_resize_func import interpolate


class Upsample(Cell):
    def __init__(self, size=None, scale_factor=None, mode="nearest", align_corners=None,
                 recompute_scale_factor=None):
        super().__init__()
        self.size = size
        self.scale_factor = scale_factor
        self.mode = mode
        self.align_corners = align_corners
        self.recompute_scale_factor = recompute_scale_factor

    def construct(self, x):
        return interpolate(x, self.size, self.scale_factor, self.mode, self.align_corners,
                           self.recompute_scale_factor)


__all__ = ["Upsample"]
