"""``mindspore.common.api``: where MindSpore defines ``jit`` (machinery in ``ms_compat/_src/jit.py``)."""
from .._src.api_surface import missing_attr_hook as _missing_attr_hook
from .._src.decorators import jit_class  # noqa: F401
from .._src.jit import jit  # noqa: F401

__all__ = ["jit", "jit_class"]
__getattr__ = _missing_attr_hook("mindspore.common.api")
