"""``mindspore.common``: Tensor, Parameter, dtypes, initializers, seeds."""
from .._src.tensor import Tensor  # noqa: F401
from .._src.parameter import Parameter, ParameterTuple  # noqa: F401
from . import dtype  # noqa: F401
from .dtype import *  # noqa: F401,F403
try:  # DEV-GUARD
    from .initializer import initializer  # noqa: F401
    from .seed import get_seed, set_seed  # noqa: F401
except ImportError:
    pass
from .._src.api_surface import missing_attr_hook as _missing_attr_hook

__getattr__ = _missing_attr_hook("mindspore.common")
