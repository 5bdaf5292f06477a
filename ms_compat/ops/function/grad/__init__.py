"""``mindspore.ops.function.grad``."""
from .grad_func import *  # noqa: F401,F403
