"""``mindspore.nn.loss``."""
from .loss import (BCELoss, BCEWithLogitsLoss, CrossEntropyLoss, L1Loss, LossBase,  # noqa: F401
                   MAELoss, MSELoss, NLLLoss, RMSELoss, SmoothL1Loss,
                   SoftmaxCrossEntropyWithLogits)
from ._loss_extra import *  # noqa: F401,F403
from ._loss_extra import __all__ as _extra_all

__all__ = ["LossBase", "MSELoss", "MAELoss", "RMSELoss", "L1Loss", "SmoothL1Loss",
           "SoftmaxCrossEntropyWithLogits", "NLLLoss", "CrossEntropyLoss", "BCELoss",
           "BCEWithLogitsLoss"] + _extra_all
