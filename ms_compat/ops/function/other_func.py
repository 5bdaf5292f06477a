"""Small helpers MindSpore exports from ``mindspore.ops`` / ``ops.functional`` that are not
tensor maths: ``partial`` (``functools.partial``), ``add_flags`` (sets attributes on a function,
returns it), ``make_range`` (a tuple of Python ints)."""
from __future__ import annotations

import functools

partial = functools.partial


def add_flags(fn=None, **flags):
    """``ops.add_flags``: record ``flags`` on ``fn`` (graph-compiler hints; no eager effect)."""
    def deco(f):
        existing = dict(getattr(f, "_mindspore_flags", {}))
        existing.update(flags)
        try:
            f._mindspore_flags = existing
        except AttributeError:
            pass
        return f
    return deco if fn is None else deco(fn)


def make_range(start, stop=None, step=1):
    """``F.make_range``: ``tuple(range(...))``."""
    if stop is None:
        start, stop = 0, start
    return tuple(range(start, stop, step))


__all__ = ["partial", "add_flags", "make_range"]

# --- ops_extra block: the functional ops of ``_ops_extra.py`` reach ``mindspore.ops`` and
# ``ops.functional`` (``F``) through this module's star export ---
from . import _ops_extra  # noqa: E402
from ._ops_extra import *  # noqa: F401,F403,E402
__all__ += _ops_extra.__all__
from . import _random_extra  # noqa: E402
from ._random_extra import *  # noqa: F401,F403,E402
__all__ += _random_extra.__all__
# --- end ops_extra block ---
