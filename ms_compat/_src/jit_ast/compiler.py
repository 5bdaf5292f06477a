"""Convert a Python function for graph mode: read its source, transform it (``transformer.py``),
compile it with the original globals and closure cells. One conversion per code object (parsed
once), one converted function object per function object (cached weakly).

What is converted: functions and methods of *user code* — not ms_compat itself, the standard
library or installed packages (MindSpore likewise runs its own and third-party code as is).
Functions whose source is unavailable (``exec``, the REPL, C functions) or cannot be isolated (two
lambdas on one line) run unconverted: Python control flow on a traced Tensor there is handled by
branch specialisation (``guards.py``). Syntax MindSpore rejects raises MindSpore's error on every
call.

The converted function is compiled inside a factory ``def _ms_factory(<free vars>, _ms_)`` (and a
``class <Name>:`` for methods, so private ``__names`` mangle as in the original) and rebuilt with
``types.FunctionType`` from the inner code object, the original ``__globals__`` (live), defaults
and closure cells (live: rebinding a closed-over variable is seen), plus a cell holding the
runtime operators for ``_ms_``.
"""
from __future__ import annotations

import __future__
import ast
import builtins
import inspect
import os
import sys
import sysconfig
import textwrap
import types
import weakref

from . import transformer

__all__ = ["convert", "converted_call", "is_converted"]

_fn_cache = weakref.WeakKeyDictionary()   # function -> converted function (or itself)
_code_cache = {}                          # code -> converted code | exception to re-raise | None
_converted_codes = set()                  # code objects produced here (never converted again)
_user_code = {}                           # filename -> bool
_FUTURE_FLAGS = 0
for _name in __future__.all_feature_names:
    _FUTURE_FLAGS |= getattr(__future__, _name).compiler_flag

_PKG_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _library_dirs():
    dirs = set()
    for key in ("stdlib", "platstdlib", "purelib", "platlib"):
        p = sysconfig.get_paths().get(key)
        if p:
            dirs.add(os.path.realpath(p))
    for p in sys.path:
        if p and ("site-packages" in p or "dist-packages" in p):
            dirs.add(os.path.realpath(p))
    dirs.add(os.path.realpath(_PKG_DIR))
    return tuple(sorted(dirs))


_LIB_DIRS = None


def _is_user_file(filename):
    hit = _user_code.get(filename)
    if hit is not None:
        return hit
    global _LIB_DIRS
    if _LIB_DIRS is None:
        _LIB_DIRS = _library_dirs()
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        ok = False
    else:
        real = os.path.realpath(filename)
        ok = not any(real == d or real.startswith(d + os.sep) for d in _LIB_DIRS)
    _user_code[filename] = ok
    return ok


def _ops_cell():
    from . import operators

    return types.CellType(operators)


class _SourceUnavailable(Exception):
    pass


def _class_name(fn):
    parts = fn.__qualname__.split(".")
    if len(parts) >= 2 and parts[-2] != "<locals>":
        return parts[-2]
    return None


def _find_node(tree, code):
    if code.co_name == "<lambda>":
        lams = [n for n in ast.walk(tree) if isinstance(n, ast.Lambda)]
        argnames = list(code.co_varnames[:code.co_argcount + code.co_kwonlyargcount])
        lams = [n for n in lams
                if [a.arg for a in n.args.posonlyargs + n.args.args + n.args.kwonlyargs]
                == argnames]
        if len(lams) != 1:
            raise _SourceUnavailable("lambda not unique on its line")
        return lams[0]
    for n in tree.body:
        if isinstance(n, ast.FunctionDef) and n.name == code.co_name:
            return n
    raise _SourceUnavailable("function definition not found")


def _parse(fn):
    code = fn.__code__
    try:
        lines, start = inspect.getsourcelines(fn)
    except (OSError, TypeError) as e:
        raise _SourceUnavailable(str(e)) from None
    src = textwrap.dedent("".join(lines))
    try:
        tree = ast.parse(src)
    except SyntaxError:
        if code.co_name != "<lambda>":
            raise _SourceUnavailable("source does not parse") from None
        # a lambda inside a multi-line expression: try the stripped first line
        try:
            tree = ast.parse(src.strip().splitlines()[0].strip().rstrip(",)"))
        except SyntaxError:
            raise _SourceUnavailable("lambda source does not parse") from None
    ast.increment_lineno(tree, start - 1)
    return _find_node(tree, code)


def _build_module(fn, node):
    code = fn.__code__
    freevars = list(code.co_freevars) + ["_ms_"]
    if isinstance(node, ast.Lambda):
        inner = [ast.Return(value=node)]
    else:
        inner = [node, ast.Return(value=ast.Name(id=node.name, ctx=ast.Load()))]
    factory = ast.FunctionDef(
        name="_ms_factory",
        args=ast.arguments(posonlyargs=[], args=[ast.arg(arg=v) for v in freevars], vararg=None,
                           kwonlyargs=[], kw_defaults=[], kwarg=None, defaults=[]),
        body=inner, decorator_list=[], returns=None, type_comment=None)
    if "type_params" in ast.FunctionDef._fields:
        factory.type_params = []
    body = [factory]
    cls = _class_name(fn)
    if cls is not None:
        klass = ast.ClassDef(name=cls, bases=[], keywords=[], body=[factory], decorator_list=[])
        if "type_params" in ast.ClassDef._fields:
            klass.type_params = []
        body = [klass]
    mod = ast.Module(body=body, type_ignores=[])
    ast.fix_missing_locations(mod)
    return mod


def _find_code(co, name, depth=0):
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            if c.co_name == name and depth > 0:
                return c
            found = _find_code(c, name, depth + 1)
            if found is not None:
                return found
    return None


def _register(co):
    _converted_codes.add(co)
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            _register(c)


def _transform(fn):
    code = fn.__code__
    node = _parse(fn)
    if isinstance(node, ast.Lambda):
        node = transformer.convert_lambda_node(node)
    else:
        node = transformer.convert_function_node(node)
    mod = _build_module(fn, node)
    compiled = compile(mod, code.co_filename, "exec",
                       flags=code.co_flags & _FUTURE_FLAGS, dont_inherit=True)
    inner = _find_code(compiled, code.co_name)
    if inner is None:
        raise _SourceUnavailable("compiled function not found")
    _register(inner)
    return inner


def _code_for(fn):
    code = fn.__code__
    if code in _code_cache:
        hit = _code_cache[code]
    else:
        try:
            hit = _transform(fn)
        except _SourceUnavailable:
            hit = None
        except (RuntimeError, UnboundLocalError) as e:  # MindSpore's syntax errors
            hit = e
        _code_cache[code] = hit
    if isinstance(hit, BaseException):
        raise hit.with_traceback(None)
    return hit


def _make(fn, new_code):
    cells = []
    orig = dict(zip(fn.__code__.co_freevars, fn.__closure__ or ()))
    for name in new_code.co_freevars:
        if name == "_ms_":
            cells.append(_OPS_CELL[0] if _OPS_CELL else _init_ops_cell())
        elif name in orig:
            cells.append(orig[name])
        else:
            return fn  # a free variable we cannot supply: run unconverted
    new = types.FunctionType(new_code, fn.__globals__, fn.__name__, fn.__defaults__, tuple(cells))
    new.__kwdefaults__ = dict(fn.__kwdefaults__) if fn.__kwdefaults__ else None
    new.__qualname__ = fn.__qualname__
    new.__module__ = fn.__module__
    new.__doc__ = fn.__doc__
    new.__dict__.update(fn.__dict__)
    new.__ms_original__ = fn
    return new


_OPS_CELL = []


def _init_ops_cell():
    _OPS_CELL.append(_ops_cell())
    return _OPS_CELL[0]


def is_converted(fn) -> bool:
    return isinstance(fn, types.FunctionType) and fn.__code__ in _converted_codes


def convert(fn):
    """The graph-mode version of ``fn`` (a function, bound method or other callable); callables
    that are not user Python functions come back unchanged."""
    if type(fn) is types.MethodType:
        func = fn.__func__
        conv = convert(func)
        return fn if conv is func else types.MethodType(conv, fn.__self__)
    if type(fn) is not types.FunctionType:
        return fn
    hit = _fn_cache.get(fn)
    if hit is not None:
        return hit
    code = fn.__code__
    if code in _converted_codes or not _is_user_file(code.co_filename):
        conv = fn
    else:
        new_code = _code_for(fn)
        conv = fn if new_code is None else _make(fn, new_code)
    _fn_cache[fn] = conv
    return conv


def _checked_range(*args):
    from .truth import is_traced_array
    from ..tensor import Tensor

    for i, a in enumerate(args):
        if isinstance(a, Tensor) and is_traced_array(a._array()):
            raise TypeError(f"For 'make_range', the {i}th input should be a int scalar but got "
                            f"a Tensor of shape {list(a.shape)} and dtype {a.dtype}.")
    return builtins.range(*args)


def converted_call(f):
    """``f`` as called from converted code: user functions converted, ``range`` checked."""
    t = type(f)
    if t is types.FunctionType or t is types.MethodType:
        return convert(f)
    if f is builtins.range:
        return _checked_range
    return f
