"""``mindspore.ops``: functional ops, Primitive-style classes and autodiff entry points."""
from .function.array_func import *  # noqa: F401,F403
from .function.math_func import *  # noqa: F401,F403
from .function.nn_func import *  # noqa: F401,F403
from .function.nn_activation_func import *  # noqa: F401,F403
from .function.nn_resize_func import *  # noqa: F401,F403
from .function.grad.grad_func import *  # noqa: F401,F403
from .function.parameter_func import *  # noqa: F401,F403
try:  # DEV-GUARD
    from .function.random_func import *  # noqa: F401,F403
except ImportError:
    pass
from .._src.api_surface import missing_attr_hook as _missing_attr_hook

__getattr__ = _missing_attr_hook("mindspore.ops")
from .function.linalg_func import *  # noqa: F401,F403,E402
from .function.clip_func import *  # noqa: F401,F403,E402
from .function.debug_func import *  # noqa: F401,F403,E402
from .primitive import (Primitive, PrimitiveWithCheck, PrimitiveWithInfer,  # noqa: F401,E402
                        constexpr, prim_arg_register, prim_attr_register)
from .operations import *  # noqa: F401,F403,E402
from . import functional, operations  # noqa: F401,E402
from .function.math_func import tanh  # noqa: F401,E402 (ops.tanh is MindSpore's math op)
from .function.other_func import *  # noqa: F401,F403,E402
from .function._nn_loss_extra import *  # noqa: F401,F403,E402
from .function._ops_extra2 import *  # noqa: F401,F403,E402 (pixel_shuffle, dropout2d, ...)
