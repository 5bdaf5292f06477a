"""``ms.jit`` and GRAPH_MODE: a MindSpore function or Cell compiled into one ``jax.jit``
computation, with the Parameters it reads or writes lifted into explicit inputs/outputs.

How a call works (``JitFunction.__call__``):
  1. the arguments are flattened; Tensors (and ``mutable`` values) are dynamic inputs, everything
     else (Python scalars, strings, Cells, None) is static and part of the cache key — Python
     scalars are compile-time constants, as in MindSpore's GRAPH mode;
  2. the lifted Parameters are those discovered by walking the function (closures, globals it
     names, ``self``, Cells and optimizers reachable from them) plus any found later: the body
     runs in a *strict* state frame (``_src/state.py``), so a read of a Parameter that was not
     lifted is recorded; that call is still right (the value is current), and the Parameter is
     lifted from the next call on — one retrace, never a stale constant;
  3. the cache key holds the static arguments, the avals of the dynamic ones, the lifted
     Parameters' identities and avals, and a fingerprint of every reachable Cell's plain Python
     attributes and ``training`` flag (changing ``net.scale = 5.0`` retraces; MindSpore itself
     returns the stale result here — we do not copy that);
  4. Parameters written by the body (``ops.assign``, ``set_data``, optimizer updates, BatchNorm
     statistics) come back as outputs and are written back after the call; their old buffers are
     donated when nothing else can see them. Lifted Parameters the program neither reads nor
     writes (an optimizer's unused slots) are not passed to it.

A loop calling the function with plain Tensors of unchanged avals, where nothing but the call
itself wrote the lifted Parameters and no Cell attribute, hyperparameter or mode changed, reuses
the last entry without rebuilding the key (``_call_last``: about 6 us of Python per call).
"""
from __future__ import annotations

import builtins
import functools
import sys
import inspect
import threading
import types
import weakref

import jax
import jax.extend
import jax.numpy as jnp
import numpy as np

from . import context as _context
from . import jit_ast
from . import state
from .ad_util import Const, OrderedOut, outputs_to_arrays, restore_consts
from . import cell as _cell_mod
from .cell import Cell
from .parameter import Parameter
from .tensor import Tensor

__all__ = ["jit", "JitFunction", "mutable", "call_cell_graph_mode"]

_MAX_CONTAINER = 256
_SIMPLE = (int, float, bool, str, type(None))


# ----------------------------------------------------------------------------- mutable
class _MutableFloat(float):
    pass


class _MutableInt(int):
    pass


class _MutableTuple(tuple):
    pass


class _MutableList(list):
    pass


def mutable(input_data, dynamic_len=False):
    """``ms.mutable``: mark a Python scalar/tuple/list as a dynamic input of ``ms.jit`` (its value
    can change without recompiling). Tensors are returned unchanged (they are always dynamic)."""
    if isinstance(input_data, Tensor):
        return input_data
    if isinstance(input_data, bool):
        raise TypeError("For 'mutable', the 'input_data' should be one of (int, float, Tensor, "
                        "tuple, list, dict), but got bool.")
    if isinstance(input_data, float):
        return _MutableFloat(input_data)
    if isinstance(input_data, int):
        return _MutableInt(input_data)
    if isinstance(input_data, tuple):
        return _MutableTuple(mutable(x) if not isinstance(x, Tensor) else x for x in input_data)
    if isinstance(input_data, list):
        return _MutableList(mutable(x) if not isinstance(x, Tensor) else x for x in input_data)
    if isinstance(input_data, dict):
        return {k: mutable(v) for k, v in input_data.items()}
    raise TypeError(f"For 'mutable', the 'input_data' should be one of (int, float, Tensor, "
                    f"tuple, list, dict), but got {type(input_data).__name__}.")


# ----------------------------------------------------------------------------- args
class _Static:
    """A static (hashable) leaf of the argument tree."""

    __slots__ = ("value", "key")

    def __init__(self, value):
        self.value = value
        try:
            hash(value)
            self.key = (type(value), value)
        except TypeError:
            self.key = (type(value), id(value))


def _is_leaf(x):
    return isinstance(x, (Tensor, Cell, _MutableFloat, _MutableInt)) or x is None


def _split_args(args, kwargs):
    """(dynamic arrays, static key parts, rebuild info) of a call's arguments."""
    leaves, treedef = jax.tree.flatten((args, kwargs), is_leaf=_is_leaf)
    dyn, kinds, static = [], [], []
    for leaf in leaves:
        if isinstance(leaf, Parameter):
            kinds.append(("param", leaf))
            static.append(("param", id(leaf)))
        elif isinstance(leaf, Tensor):
            a = leaf._array()
            kinds.append(("tensor", None))
            dyn.append(a)
        elif isinstance(leaf, (_MutableFloat, _MutableInt)):
            kinds.append(("mutable", type(leaf)))
            dyn.append(np.asarray(leaf, np.float32 if isinstance(leaf, float) else np.int64))
        elif isinstance(leaf, (jax.Array, np.ndarray)):
            kinds.append(("array", None))
            dyn.append(leaf)
        else:
            s = _Static(leaf)
            kinds.append(("static", leaf))
            static.append(s.key)
    return dyn, kinds, static, treedef


def _rebuild(treedef, kinds, dyn):
    it = iter(dyn)
    leaves = []
    for kind, val in kinds:
        if kind == "param":
            leaves.append(val)
        elif kind in ("tensor", "mutable"):
            leaves.append(Tensor._wrap(next(it)))
        elif kind == "array":
            leaves.append(next(it))
        else:
            leaves.append(val)
    return jax.tree.unflatten(treedef, leaves)


def _aval_key(a):
    return (a.shape, a.dtype, getattr(a, "weak_type", False))


# ----------------------------------------------------------------------------- discovery
class _Discovery:
    """Walk Python objects reachable from a function for Parameters and Cells."""

    def __init__(self):
        self.params = {}
        self.cells = {}
        self._seen = set()

    def visit(self, obj, depth=0):
        if depth > 12 or obj is None or isinstance(obj, _SIMPLE):
            return
        oid = id(obj)
        if oid in self._seen:
            return
        self._seen.add(oid)
        if isinstance(obj, Parameter):
            self.params.setdefault(oid, obj)
            return
        if isinstance(obj, Tensor) or isinstance(obj, (np.ndarray, jax.Array, types.ModuleType, type)):
            return
        if isinstance(obj, Cell):
            for _, cell in obj.cells_and_names():
                self.cells.setdefault(id(cell), cell)
                self._seen.add(id(cell))
                for p in cell._own_params():
                    self.params.setdefault(id(p[1]), p[1])
                for k, v in cell.__dict__.items():
                    if k not in ("_params", "_cells") and not isinstance(v, _SIMPLE):
                        self.visit(v, depth + 1)
            return
        if isinstance(obj, types.MethodType):
            self.visit(obj.__self__, depth + 1)
            self.visit(obj.__func__, depth + 1)
            return
        if isinstance(obj, JitFunction):
            self.visit(obj.fn, depth + 1)
            return
        if isinstance(obj, functools.partial):
            self.visit(obj.func, depth + 1)
            for a in obj.args:
                self.visit(a, depth + 1)
            for a in obj.keywords.values():
                self.visit(a, depth + 1)
            return
        if isinstance(obj, types.FunctionType):
            self._visit_function(obj, depth)
            return
        if isinstance(obj, (list, tuple, set, frozenset)):
            if len(obj) <= _MAX_CONTAINER:
                for x in obj:
                    self.visit(x, depth + 1)
            return
        if isinstance(obj, dict):
            if len(obj) <= _MAX_CONTAINER:
                for x in obj.values():
                    self.visit(x, depth + 1)
            return
        if type(obj).__module__ in ("builtins", "numpy", "jax", "jaxlib"):
            return
        d = getattr(obj, "__dict__", None)
        if isinstance(d, dict):
            for v in list(d.values())[:_MAX_CONTAINER]:
                self.visit(v, depth + 1)
        slots = getattr(type(obj), "__slots__", ())
        for s in slots if isinstance(slots, (tuple, list)) else ():
            self.visit(getattr(obj, s, None), depth + 1)

    def _visit_function(self, fn, depth):
        for c in fn.__closure__ or ():
            try:
                self.visit(c.cell_contents, depth + 1)
            except ValueError:  # empty cell
                pass
        g = fn.__globals__
        for name in _code_names(fn.__code__):
            if name in g:
                self.visit(g[name], depth + 1)
        for d in fn.__defaults__ or ():
            self.visit(d, depth + 1)
        wrapped = getattr(fn, "__wrapped__", None)
        if wrapped is not None:
            self.visit(wrapped, depth + 1)


@functools.lru_cache(maxsize=4096)
def _code_names(code):
    names = set(code.co_names)
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            names |= _code_names(c)
    return frozenset(names)


_SIMPLE_TYPES = frozenset(_SIMPLE)


def _cell_fingerprint(cells):
    """The Python-scalar/str attributes of the Cells a function uses (part of the cache key: a
    changed hyperparameter retraces). Called on every jit call, so kept to comprehensions."""
    simple, simple_t = _SIMPLE_TYPES, _SIMPLE
    return tuple([(id(cell), tuple([(k, v) for k, v in cell.__dict__.items()
                                    if (type(v) in simple or isinstance(v, simple_t))
                                    and k != "_auto_prefix"]))
                  for cell in cells])


# ----------------------------------------------------------------------------- graph-mode print
_print_lock = threading.RLock()
_orig_print = builtins.print


def _graph_print(*args, sep=" ", end="\n", file=None, flush=False):
    """``print`` inside a compiled function: Tensors print when the computation runs, in program
    order (``jax.debug.callback(ordered=True)``), in MindSpore's graph-mode format."""
    traced = [a for a in args if isinstance(a, Tensor) and isinstance(a._array(), jax.core.Tracer)]
    if not traced and any(isinstance(a, (tuple, list)) for a in args):
        flat = _flatten_print_args(args)
        if any(isinstance(a, Tensor) and isinstance(a._array(), jax.core.Tracer) for a in flat):
            args = flat  # MindSpore prints the Tensors of a tuple/list one per line
            traced = True
    if not traced:
        return _orig_print(*args, sep=sep, end=end, file=file, flush=flush)
    from . import printing
    slots = [(a._array(), a.dtype) if isinstance(a, Tensor) else None for a in args]
    arrays = [s[0] for s in slots if s is not None]
    consts = [a if s is None else None for a, s in zip(args, slots)]
    dtypes = [s[1] for s in slots if s is not None]

    def emit(*vals):
        it = iter(zip(vals, dtypes))
        parts = []
        for c, s in zip(consts, slots):
            if s is None:
                parts.append(str(c))
            else:
                v, dt = next(it)
                parts.append(printing.graph_print_text(np.asarray(v), dt))
        _orig_print("\n".join(parts) if len(parts) > 1 else parts[0], end=end, file=file,
                    flush=flush)

    jax.debug.callback(emit, *arrays, ordered=True)


def _flatten_print_args(args):
    out = []
    for a in args:
        if isinstance(a, (tuple, list)):
            out.extend(_flatten_print_args(a))
        else:
            out.append(a)
    return out


class _patched_print:
    def __enter__(self):
        _print_lock.acquire()
        self.prev = builtins.print
        builtins.print = _graph_print

    def __exit__(self, *exc):
        builtins.print = self.prev
        _print_lock.release()


# ----------------------------------------------------------------------------- the compiled function
class JitFunction:
    """A function compiled with ``ms.jit`` (see module docstring). ``trace_count`` counts traces."""

    def __init__(self, fn, donate=None, trace_guard=None):
        self.fn = fn
        self._trace_guard = trace_guard or _patched_print
        self.trace_count = 0
        self._lifted = {}  # id -> Parameter (ordered)
        self._consts = {}  # id -> hyperparameter Parameter compiled in as a constant
        self._cells = {}
        self._fp_memo = None    # (Cell attr epoch, number of Cells, fingerprint)
        self._aval_memo = None  # (lifted Parameters, their values, aval key part): see __call__
        self._last = None       # the last call's entry and what it assumed: see _call_last
        self._discovered = False
        self._cache = {}
        self._known_static_cells = set()
        self._donate = donate
        functools.update_wrapper(self, fn)

    def __get__(self, instance, owner):
        if instance is None:
            return self
        bound = _BOUND_CACHE.get((id(self), id(instance)))
        if bound is None:
            bound = functools.partial(self.__call__, instance)
            _BOUND_CACHE[(id(self), id(instance))] = bound
            weakref.finalize(instance, _BOUND_CACHE.pop, (id(self), id(instance)), None)
        return bound

    # -- discovery
    def _discover(self, args, kwargs):
        d = _Discovery()
        d.visit(self.fn)
        for a in list(args) + list(kwargs.values()):
            if isinstance(a, (Cell, types.FunctionType, types.MethodType, functools.partial)):
                d.visit(a)
        self._add_params(d)
        self._discovered = True

    def _add_params(self, d):
        for c in d.cells.values():
            hint = getattr(c, "_jit_constant_params", None)
            if hint is not None:
                for p in hint():
                    p._const_hint = True
        for k, p in d.params.items():
            if p._const_hint:
                self._consts.setdefault(k, p)
            else:
                self._lifted.setdefault(k, p)
        for k, c in d.cells.items():
            self._cells.setdefault(k, c)

    def _note_static_cells(self, kinds):
        new = [v for k, v in kinds if k == "static" and isinstance(v, Cell)
               and id(v) not in self._known_static_cells]
        if new:
            d = _Discovery()
            for c in new:
                self._known_static_cells.add(id(c))
                d.visit(c)
            self._add_params(d)
        for k, v in kinds:
            if k == "param":
                self._lifted.setdefault(id(v), v)

    # -- call
    def __call__(self, *args, **kwargs):
        if _context.in_graph_call():
            return jit_ast.convert(self.fn)(*args, **kwargs)  # nested jit: inline, as MindSpore does
        if self._last is not None and not kwargs:
            out = self._call_last(args)
            if out is not _MISS:
                return out
        self._last = None
        if not self._discovered:
            self._discover(args, kwargs)
        dyn, kinds, static, treedef = _split_args(args, kwargs)
        self._note_static_cells(kinds)
        lifted = tuple(self._lifted.values())
        lifted_vals = [state.read(p) for p in lifted]
        # Per-call key work is skipped where nothing can have changed (a training loop): no
        # lifted Parameter was written since the last call wrote them back (``_version``; the
        # program's outputs keep their avals), and no Cell attribute was assigned since the last
        # fingerprint (``cell.attr_epoch``).
        memo = self._aval_memo
        if (memo is not None and len(memo[0]) == len(lifted)
                and all(p._version == v for p, v in zip(lifted, memo[1]))
                and all(a is b for a, b in zip(memo[0], lifted))):
            lifted_key = memo[2]
        else:
            lifted_key = tuple((id(p), _aval_key(v)) for p, v in zip(lifted, lifted_vals))
        fp = self._fp_memo
        epoch = _cell_mod.attr_epoch[0]
        if fp is None or fp[0] != epoch or fp[1] != len(self._cells):
            fp = self._fp_memo = (epoch, len(self._cells), _cell_fingerprint(self._cells.values()))
        key = (treedef, tuple(static), tuple(_aval_key(a) for a in dyn), lifted_key, fp[2],
               _context.get_context("mode"),
               tuple((id(p), p._version) for p in self._consts.values()))
        decisions = jit_ast.specialise(self, key, lifted, lifted_vals, dyn, treedef, kinds)
        key += decisions
        entry = self._cache.get(key)
        if entry is None:
            entry = _Entry(self, lifted, treedef, kinds)
            self._cache[key] = entry
        try:
            if state.in_transform():
                out_arrays, written_vals = entry.traced_call(lifted_vals, dyn)
            else:
                out_arrays, written_vals = entry.top_call(lifted, lifted_vals, dyn)
        except jit_ast.NeedDecision:  # branches decided at run time: specialise (jit_ast/guards)
            self._cache.pop(key, None)
            jit_ast.mark_guarded(self, key)
            return self(*args, **kwargs)
        demoted = False
        for p, v in zip(entry.written, written_vals):
            state.write(p, v)
            if p._const_hint:  # written by the program: it is state after all
                p._const_hint = False
                self._consts.pop(id(p), None)
                self._lifted.setdefault(id(p), p)
                self._cache.pop(key, None)
                demoted = True
        if entry.stable_avals and not demoted and not entry.missing \
                and not state.in_transform():
            # versions, not the arrays: a reference held here would defeat buffer donation
            self._aval_memo = (lifted, [p._version for p in lifted], lifted_key)
            if not kwargs and not static and not decisions \
                    and all(type(a) is Tensor for a in args):
                self._last = _Last(self, entry, len(args), key[2], lifted, fp[0], key[5])
        else:
            self._aval_memo = None
        if entry.missing:
            for k, p in entry.missing.items():
                self._lifted.setdefault(k, p)
            entry.missing = {}
            self._cache.pop(key, None)  # the lifted set grew: this key can no longer hit
        return restore_consts(out_arrays) if entry.has_consts else out_arrays

    def _call_last(self, args):
        """The common case of a training loop, without rebuilding the cache key: the arguments
        are plain Tensors with the avals of the last call, and nothing the last key depended on
        changed since (lifted Parameters written only by that call, no Cell attribute assigned,
        same mode, same hyperparameter versions). Returns ``_MISS`` otherwise."""
        last = self._last
        if (len(args) != last.nargs or _context._ctx["mode"] != last.mode
                or _cell_mod.attr_epoch[0] != last.epoch or len(self._lifted) != last.nlifted
                or len(self._cells) != last.ncells or state.in_transform()):
            return _MISS
        dyn = []
        for a in args:
            if type(a) is not Tensor:
                return _MISS
            dyn.append(a._array())
        lifted = last.lifted
        if ([_aval_key(a) for a in dyn] != last.avals
                or [p._version for p in lifted] != last.versions
                or (last.consts and [p._version for p in last.consts] != last.const_versions)):
            return _MISS
        entry = last.entry
        out_arrays, written_vals = entry.top_call(lifted, [p._storage for p in lifted], dyn)
        for p, v in zip(entry.written, written_vals):
            state.write(p, v)
        last.versions = [p._version for p in lifted]
        return restore_consts(out_arrays) if entry.has_consts else out_arrays


class _Last:
    """What ``_call_last`` needs from the last call: its entry and the state its key assumed."""

    __slots__ = ("entry", "nargs", "avals", "lifted", "nlifted", "versions", "epoch", "ncells",
                 "mode", "consts", "const_versions")

    def __init__(self, jf, entry, nargs, avals, lifted, epoch, mode):
        self.entry, self.nargs, self.avals, self.lifted = entry, nargs, list(avals), lifted
        self.nlifted, self.versions = len(lifted), [p._version for p in lifted]
        self.epoch, self.ncells, self.mode = epoch, len(jf._cells), mode
        self.consts = list(jf._consts.values())
        self.const_versions = [p._version for p in self.consts]


_MISS = object()


class _Entry:
    """One compiled specialisation of a JitFunction (one cache key).

    ``top_call`` (no transform active) traces the user function once to a jaxpr, then runs it
    with ``jax.jit`` donating the buffers of the Parameters the function writes — after copying
    any buffer that something else still references (``sys.getrefcount``), so donation can never
    invalidate a user-visible Tensor. ``traced_call`` (inside grad/vmap/another trace) is a plain
    ``jax.jit`` of the same function, without donation.
    """

    __slots__ = ("owner", "lifted", "treedef", "kinds", "written", "missing", "has_consts",
                 "stable_avals", "_traced", "_top", "_donate", "_kept", "_kept_all", "_order")

    def __init__(self, owner, lifted, treedef, kinds):
        self.owner = owner
        self.lifted = lifted
        self.treedef = treedef
        self.kinds = kinds
        self.written = []
        self.missing = {}
        self.has_consts = True
        self.stable_avals = False  # every written value keeps its input's aval (set when built)
        self._traced = None
        self._top = None
        self._donate = ()
        self._kept = ()
        self._kept_all = False
        self._order = None

    def _pure(self, lifted_vals, dyn):
        owner = self.owner
        owner.trace_count += 1
        args, kwargs = _rebuild(self.treedef, self.kinds, dyn)
        with _context.graph_call(), owner._trace_guard():
            with state.bind(self.lifted, lifted_vals, strict=True, kind="jit") as frame:
                # converted inside the frame: a returned Parameter is its value at the end
                out = _to_output(jit_ast.run_graph(jit_ast.convert(owner.fn), args, kwargs))
        self.written = frame.written_params()
        self.missing = dict(frame.missing)
        self.has_consts = any(isinstance(leaf, (Const, OrderedOut)) for leaf in jax.tree.leaves(
            out, is_leaf=lambda v: isinstance(v, (Const, OrderedOut))))
        return out, frame.written_values()

    def traced_call(self, lifted_vals, dyn):
        if self._traced is None:
            self._traced = jax.jit(self._pure)
        return self._traced(lifted_vals, dyn)

    def top_call(self, lifted, lifted_vals, dyn):
        if self._top is None:
            self._build_top(lifted_vals, dyn)
        kept = lifted_vals if self._kept_all else [lifted_vals[i] for i in self._kept]
        donated = []
        for i in self._donate:
            v = lifted_vals[i]
            # refs to v: the Parameter's storage, lifted_vals, v, getrefcount's argument
            donated.append(jnp.array(v, copy=True) if sys.getrefcount(v) > 4 else v)
            del v
        out, wv = self._top(donated, kept, dyn)
        if self._order is not None:  # back to write order (see _build_top)
            back = [None] * len(wv)
            for j, k in enumerate(self._order):
                back[k] = wv[j]
            wv = back
        return out, wv

    def _build_top(self, lifted_vals, dyn):
        closed, out_shape = jax.make_jaxpr(self._pure, return_shape=True)(lifted_vals, dyn)
        out_tree = jax.tree.structure(out_shape)
        pos = {id(p): i for i, p in enumerate(self.lifted)}
        self.stable_avals = all(
            id(p) in pos and _aval_key(w) == _aval_key(lifted_vals[pos[id(p)]])
            for p, w in zip(self.written, out_shape[1]))
        fun = jax.extend.core.jaxpr_as_fun(closed)
        written = {id(p) for p in self.written}
        self._donate = donate = tuple(i for i, p in enumerate(self.lifted) if id(p) in written)
        # Lifted Parameters the program neither reads nor writes (an optimizer's unused slots)
        # are not passed at all; inside, they are zeros that XLA removes.
        jaxpr = closed.jaxpr
        used = {v for e in jaxpr.eqns for v in e.invars if not isinstance(v, jax.extend.core.Literal)}
        used.update(v for v in jaxpr.outvars if not isinstance(v, jax.extend.core.Literal))
        n = len(lifted_vals)
        self._kept = kept = tuple(i for i in range(n)
                                  if i not in donate and jaxpr.invars[i] in used)
        self._kept_all = kept == tuple(range(n))
        unused = [(i, lifted_vals[i].shape, lifted_vals[i].dtype) for i in range(n)
                  if i not in donate and i not in kept]
        # The compiled program returns the written values in the order of the donated inputs, so
        # that JAX pairs each donated buffer with its own Parameter's output (first fit by aval):
        # in write order, equal-shaped Parameters (biases, optimizer slots) would be crossed and
        # XLA would add copies.
        order = sorted(range(len(self.written)), key=lambda k: pos.get(id(self.written[k]), -1))
        self._order = order if order != list(range(len(order))) else None

        def run(donated, kept_vals, dyn):
            vals = [None] * n
            for i, v in zip(donate, donated):
                vals[i] = v
            for i, v in zip(kept, kept_vals):
                vals[i] = v
            for i, shape, dtype in unused:
                vals[i] = jnp.zeros(shape, dtype)
            flat = jax.tree.leaves((vals, dyn))
            out, wv = jax.tree.unflatten(out_tree, fun(*flat))
            return out, ([wv[k] for k in order] if self._order else wv)

        self._top = jax.jit(run, donate_argnums=(0,) if donate else ())


_BOUND_CACHE: dict = {}


def _to_output(out):
    # A returned Parameter is a snapshot of its value at the end of the function (MindSpore's
    # GRAPH mode); it must be taken while the state frame is still active. A Python scalar made
    # dynamic by control flow (ScalarTensor) stays one.
    # (dicts keep their insertion order through jax.jit: ad_util.OrderedOut)
    return outputs_to_arrays(out, passthrough=(jit_ast.ScalarTensor,))


# ----------------------------------------------------------------------------- public
_CAPTURE_MODES = ("ast", "bytecode", "trace")
_JIT_LEVELS = ("O0", "O1", "O2")


def jit(function=None, *, capture_mode="ast", jit_level="O0", dynamic=0, fullgraph=False,
        backend="", **options):
    """``mindspore.jit``: decorator or function form; works on functions, methods and Cells."""
    if capture_mode not in _CAPTURE_MODES:
        raise ValueError(f"For 'jit', the argument 'capture_mode' must be one of "
                         f"{list(_CAPTURE_MODES)}, but got '{capture_mode}'.")
    if jit_level not in _JIT_LEVELS:
        raise ValueError(f"For 'jit', the argument 'jit_level' must be one of "
                         f"{list(_JIT_LEVELS)}, but got '{jit_level}'.")
    if dynamic not in (0, 1):
        raise ValueError(f"For 'jit', the argument 'dynamic' must be 0 or 1, but got {dynamic}.")

    def wrap(fn):
        if isinstance(fn, JitFunction):
            return fn
        if isinstance(fn, Cell):
            return _cell_jit(fn)
        if not callable(fn):
            raise TypeError(f"For 'jit', the argument 'function' must be callable, but got "
                            f"{type(fn).__name__}.")
        return JitFunction(fn)

    if function is not None:
        return wrap(function)
    return wrap


def _cell_jit(cell):
    jf = cell.__dict__.get("_jit_cache")
    if jf is None:
        jf = JitFunction(cell._run_construct_flat)
        jf._cells[id(cell)] = cell
        cell.__dict__["_jit_cache"] = jf
    return jf


def call_cell_graph_mode(cell, args, kwargs):
    """``Cell.__call__`` under ``set_context(mode=GRAPH_MODE)``."""
    return _cell_jit(cell)(*args, **kwargs)


def _run_construct_flat(self, *args, **kwargs):
    return self._run_construct(args, kwargs)


Cell._run_construct_flat = _run_construct_flat


def is_jit_function(obj) -> bool:
    return isinstance(obj, JitFunction)


def _signature(fn):
    try:
        return inspect.signature(fn)
    except (TypeError, ValueError):
        return None
