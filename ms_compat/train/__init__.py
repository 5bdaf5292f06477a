"""``mindspore.train``: Model, callbacks, metrics, serialization."""
try:  # DEV-GUARD
    from .serialization import load_checkpoint, load_param_into_net, save_checkpoint  # noqa: F401
except ImportError:
    pass
from .._src.api_surface import missing_attr_hook as _missing_attr_hook

__getattr__ = _missing_attr_hook("mindspore.train")
