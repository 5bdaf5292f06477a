"""``mindspore.ops.operations`` (``from mindspore.ops import operations as P``): the Primitive
classes; also importable as ``mindspore.ops.Add`` etc."""
from ..primitive import (Primitive, PrimitiveWithCheck, PrimitiveWithInfer,  # noqa: F401
                         prim_attr_register)
from .array_ops import *  # noqa: F401,F403
from .math_ops import *  # noqa: F401,F403
from .nn_ops import *  # noqa: F401,F403
from .other_ops import *  # noqa: F401,F403
from .random_ops import *  # noqa: F401,F403
# --- ops_extra block: ops.HyperMap / ops.Map / ops.MultitypeFuncGraph reach ``mindspore.ops``
# through ``from .operations import *`` (MindSpore defines them in ops.composite.base) ---
from ..composite.base import HyperMap, Map, MultitypeFuncGraph  # noqa: F401,E402
# --- end ops_extra block ---
from ..._src.api_surface import missing_attr_hook as _missing_attr_hook

__getattr__ = _missing_attr_hook("mindspore.ops.operations")
