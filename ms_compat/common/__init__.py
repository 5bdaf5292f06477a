"""``mindspore.common``: Tensor, Parameter, dtypes, initializers, seeds."""
from .._src.tensor import Tensor  # noqa: F401
from .._src.parameter import Parameter, ParameterTuple  # noqa: F401
from . import dtype  # noqa: F401
from .dtype import *  # noqa: F401,F403
from . import api  # noqa: F401
from . import initializer  # noqa: F401  (the module, as in MindSpore; ms.initializer is the function)
from .seed import get_seed, set_seed  # noqa: F401
from .._src.api_surface import missing_attr_hook as _missing_attr_hook

__getattr__ = _missing_attr_hook("mindspore.common")
