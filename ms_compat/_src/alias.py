"""Make ``import mindspore[.x.y]`` resolve to ``ms_compat[.x.y]`` (a ``sys.meta_path`` finder,
as MSAdapter does for ``torch``), and run unchanged MindSpore scripts.

``install()`` is idempotent and can be called from a notebook. A ``mindspore`` submodule that
ms_compat does not have raises ``ModuleNotFoundError`` saying so (its message names the module).
"""
from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import runpy
import sys

_PREFIX = "mindspore"
_TARGET = "ms_compat"


class _AliasLoader(importlib.abc.Loader):
    def __init__(self, target):
        self.target = target

    def create_module(self, spec):
        return importlib.import_module(self.target)

    def exec_module(self, module):
        pass


class _AliasFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path=None, target=None):
        if fullname != _PREFIX and not fullname.startswith(_PREFIX + "."):
            return None
        real = _TARGET + fullname[len(_PREFIX):]
        try:
            found = importlib.util.find_spec(real)
        except ModuleNotFoundError:
            found = None
        if found is None:
            raise ModuleNotFoundError(f"{fullname} is not supported by ms_compat yet "
                                      f"(no module {real})", name=fullname)
        return importlib.machinery.ModuleSpec(fullname, _AliasLoader(real),
                                              is_package=found.submodule_search_locations is not None)


_finder = _AliasFinder()


def install():
    """Alias ``mindspore`` to ``ms_compat`` for all later imports."""
    if _finder not in sys.meta_path:
        sys.meta_path.insert(0, _finder)
    import ms_compat  # noqa: F401
    sys.modules.setdefault(_PREFIX, sys.modules[_TARGET])


def uninstall():
    if _finder in sys.meta_path:
        sys.meta_path.remove(_finder)
    for name in [n for n in sys.modules if n == _PREFIX or n.startswith(_PREFIX + ".")]:
        del sys.modules[name]


def run_script(path, argv=None):
    """Run a MindSpore script file with ``mindspore`` aliased, as ``python script.py`` would."""
    install()
    old_argv = sys.argv
    sys.argv = [str(path)] + list(argv or [])
    try:
        return runpy.run_path(str(path), run_name="__main__")
    finally:
        sys.argv = old_argv


def reset_global_state():
    """Reset process-global MindSpore state (Parameter name counter, context, seeds) so scripts
    run in one process behave as in fresh interpreters (used by the conformance tests)."""
    from . import context, parameter
    parameter._reset_counter()
    context._ctx["mode"] = context.PYNATIVE_MODE
    try:
        from ..common import seed as _seed
    except (ImportError, NotImplementedError):  # seed module not present in this build
        return
    if hasattr(_seed, "_reset"):
        _seed._reset()
