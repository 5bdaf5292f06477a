"""``mindspore.train``: Model, callbacks, metrics, loss-scale managers, amp, serialization."""
from .serialization import load_checkpoint, load_param_into_net, save_checkpoint  # noqa: F401
from . import amp  # noqa: F401
from .amp import build_train_network  # noqa: F401
from .callback import (Callback, CheckpointConfig, LambdaCallback, LossMonitor,  # noqa: F401
                       ModelCheckpoint, RunContext, TimeMonitor)
from .loss_scale_manager import (DynamicLossScaleManager, FixedLossScaleManager,  # noqa: F401
                                 LossScaleManager)
from .metrics import *  # noqa: F401,F403
from .model import Model  # noqa: F401
from .._src.api_surface import missing_attr_hook as _missing_attr_hook

__getattr__ = _missing_attr_hook("mindspore.train")
