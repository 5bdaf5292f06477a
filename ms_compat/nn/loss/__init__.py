"""``mindspore.nn.loss``."""
from .loss import BCEWithLogitsLoss, L1Loss, LossBase, MSELoss  # noqa: F401
