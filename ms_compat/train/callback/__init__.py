"""``mindspore.train.callback``: Callback, RunContext and the built-in callbacks."""
from ._callback import Callback, RunContext
from ._callback import CallbackManager as _CallbackManager  # noqa: F401
from ._callback import InternalCallbackParam as _InternalCallbackParam  # noqa: F401
from ._checkpoint import CheckpointConfig, ModelCheckpoint
from ._lambda_callback import LambdaCallback
from ._loss_monitor import LossMonitor
from ._time_monitor import TimeMonitor

__all__ = ["Callback", "LossMonitor", "TimeMonitor", "ModelCheckpoint", "CheckpointConfig",
           "RunContext", "LambdaCallback"]
