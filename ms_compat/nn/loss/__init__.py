"""``mindspore.nn.loss``."""
from .loss import (BCELoss, BCEWithLogitsLoss, CrossEntropyLoss, L1Loss, LossBase,  # noqa: F401
                   MAELoss, MSELoss, NLLLoss, RMSELoss, SmoothL1Loss,
                   SoftmaxCrossEntropyWithLogits)

__all__ = ["LossBase", "MSELoss", "MAELoss", "RMSELoss", "L1Loss", "SmoothL1Loss",
           "SoftmaxCrossEntropyWithLogits", "NLLLoss", "CrossEntropyLoss", "BCELoss",
           "BCEWithLogitsLoss"]
