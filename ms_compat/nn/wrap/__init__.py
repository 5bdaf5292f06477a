"""``mindspore.nn.wrap``: training wrappers (loss, one-step training, loss scaling)."""
from .cell_wrapper import TrainOneStepCell, WithEvalCell, WithGradCell, WithLossCell
from .loss_scale import (DynamicLossScaleUpdateCell, FixedLossScaleUpdateCell,
                         TrainOneStepWithLossScaleCell)

__all__ = ["TrainOneStepCell", "WithLossCell", "WithGradCell", "WithEvalCell",
           "TrainOneStepWithLossScaleCell", "DynamicLossScaleUpdateCell",
           "FixedLossScaleUpdateCell"]
