"""``mindspore.common.parameter``."""
from .._src.parameter import Parameter, ParameterTuple  # noqa: F401
