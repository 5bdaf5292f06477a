"""``mindspore.ops.functional`` (``from mindspore.ops import functional as F``): the functional
ops under their ``F.`` names, plus the old aliases MindSpore keeps there (``F.tensor_add``,
``F.scalar_to_array``, ``F.dtype``, ``F.shape``, ``F.depend``, ``F.partial``, ...)."""
from .function.array_func import *  # noqa: F401,F403
from .function.math_func import *  # noqa: F401,F403
from .function.nn_func import *  # noqa: F401,F403
from .function.nn_activation_func import *  # noqa: F401,F403
from .function.nn_resize_func import *  # noqa: F401,F403
from .function.linalg_func import *  # noqa: F401,F403
from .function.clip_func import *  # noqa: F401,F403
from .function.debug_func import *  # noqa: F401,F403
from .function.other_func import *  # noqa: F401,F403
from .function.parameter_func import *  # noqa: F401,F403
from .function.grad.grad_func import *  # noqa: F401,F403
from .primitive import Primitive  # noqa: F401
from .._src.api_surface import missing_attr_hook as _missing_attr_hook

tensor_slice = slice  # noqa: F405
tuple_len = len
make_tuple = tuple
make_list = list
typeof = dtype  # noqa: F405
isconstant = lambda x: True  # noqa: E731


def hastype(x, t):
    """``F.hastype``: whether ``x``'s MindSpore type is ``t``."""
    return dtype(x) is t  # noqa: F405


def scalar_add(x, y):
    return x + y


def scalar_sub(x, y):
    return x - y


def scalar_mul(x, y):
    return x * y


def scalar_div(x, y):
    return x / y


def scalar_floordiv(x, y):
    return x // y


def scalar_mod(x, y):
    return x % y


def scalar_pow(x, y):
    return x ** y


def scalar_eq(x, y):
    return x == y


def scalar_ne(x, y):
    return x != y


def scalar_lt(x, y):
    return x < y


def scalar_gt(x, y):
    return x > y


def scalar_le(x, y):
    return x <= y


def scalar_ge(x, y):
    return x >= y


def scalar_usub(x):
    return -x


def scalar_uadd(x):
    return x


def scalar_log(x):
    import math
    return math.log(x)


def mixed_precision_cast(dst_type, input_x):
    """``F.mixed_precision_cast``: casts floating Tensors (also inside tuples/lists/dicts)."""
    from .._src.tensor import Tensor
    if isinstance(input_x, Tensor):
        return cast(input_x, dst_type) if input_x.dtype.is_float else input_x  # noqa: F405
    if isinstance(input_x, (tuple, list)):
        return type(input_x)(mixed_precision_cast(dst_type, v) for v in input_x)
    if isinstance(input_x, dict):
        return {k: mixed_precision_cast(dst_type, v) for k, v in input_x.items()}
    return input_x


# ``F`` has the functional autodiff but not these two classes (MindSpore's ``ops.functional``).
del GradOperation, HookBackward  # noqa: F821

from .function.math_func import tanh  # noqa: F401,E402 (MindSpore's math tanh)
__getattr__ = _missing_attr_hook("mindspore.ops.functional")
from .function._ops_extra2 import *  # noqa: F401,F403,E402 (pixel_shuffle, dropout2d, ...)
