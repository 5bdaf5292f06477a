"""Branch specialisation: where a traced condition cannot become a ``lax.cond``, compile the
branch actually taken and guard that choice.

MindSpore's GRAPH mode runs some branches it cannot merge in its graph at run time (checked on
MindSpore 2.10: ``y = x if x.sum() > 2 else x[0]`` returns a shape-[2] or a 0-d Tensor;
``None`` vs a Tensor; tuples of different lengths; ``raise`` under a tensor condition raises only
when taken; ``max(x, 2 * x)`` on Tensors). XLA needs one output type, so here such a site is a
*guard*: its condition is evaluated on the actual inputs before the compiled function runs, and the
compiled function is specialised on the decisions (part of the jit cache key). A new combination
of decisions traces once more; a repeated one reuses its compiled program.

How a guarded call runs (``specialise``): a *probe* program — the function traced with the known
decisions, prints silenced and state writes discarded — returns the conditions of all guard sites
it reaches; it stops at the first site without a decision. The decision list is corrected /
extended from the probe's answers until it describes the path the inputs take; then the main
program, compiled for exactly those decisions, runs. Probe programs are cached per decision list.

A guarded call costs two dispatches (probe, then main program). Guards apply at the top level of
the compiled function's trace, at most ``_MAX_GUARDS`` per call. A site inside a converted loop
body or ``lax.cond`` branch, inside a transform nested in the function, or in a jit function
called under grad/vmap (no concrete inputs) cannot be decided: it raises an error naming the
construct. The automatic compilation of eager grad calls gets no guards (it falls back to
PyNative instead, ``run_graph``).
"""
from __future__ import annotations

import builtins
import threading
import weakref

import jax
import jax.numpy as jnp
from jax._src import core as _jcore

from .. import context as _context
from .. import state
from .trace import depth

__all__ = ["NeedDecision", "decide", "try_decide", "run_graph", "specialise", "mark_guarded",
           "GuardError"]

_tls = threading.local()
# More run-time decisions than this in one call (a Python ``while`` on a Tensor in code that could
# not be converted) is not worth specialising: it raises, and eager callers fall back to PyNative.
_MAX_GUARDS = 8


class NeedDecision(BaseException):
    """Raised at a guard site that has no decision yet (BaseException: user and library
    ``except Exception`` clauses must not swallow it)."""

    def __init__(self, pred):
        super().__init__("guard site without a decision")
        self.pred = pred


class GuardError(TypeError):
    pass


class _Session:
    __slots__ = ("decisions", "index", "preds", "probe", "top")

    def __init__(self, decisions, probe):
        self.decisions = tuple(decisions)
        self.index = 0
        self.preds = []
        self.probe = probe
        self.top = _jcore.trace_ctx.trace


def _active():
    return getattr(_tls, "session", None)


def _as_pred(x):
    from ..tensor import Tensor

    arr = x._array() if isinstance(x, Tensor) else x
    if arr.shape not in ((), (1,)):
        shape = "(" + ", ".join(str(d) for d in arr.shape) + ")"
        raise ValueError("Only tensor which shape is () or (1,) can be converted to bool, but got "
                         f"tensor shape is {shape}")
    return arr.reshape(()).astype(bool) if arr.dtype != bool else arr.reshape(())


def _why_not(pred):
    s = _active()
    if s is None:
        return "it is not inside a compiled (ms.jit / GRAPH_MODE) call"
    if depth() > 0:
        return "it is inside a loop body or a branch compiled with a tensor condition"
    if getattr(pred, "_trace", None) is not s.top:
        return "it is inside a transform (grad, vmap) nested in the compiled function"
    return None


def decide(pred, reason):
    """Decision (Python bool) for a traced scalar condition at a site that needs the branch taken;
    ``reason`` is the exception to raise where no guard can apply."""
    why = _why_not(pred)
    if why is not None:
        if isinstance(reason, BaseException) and not _is_join_reason(reason):
            raise reason
        raise GuardError(
            "Cannot join the return values of different branches, perhaps you need to make them "
            f"equal.\nThe branches give {reason}; MindSpore merges such values at run time, "
            "ms_compat compiles the branch taken instead, which is not possible here because "
            f"{why}.")
    s = _active()
    i = s.index
    s.index += 1
    if i >= _MAX_GUARDS:
        raise GuardError(f"More than {_MAX_GUARDS} run-time branch decisions in one compiled call "
                         "(a Python loop on a Tensor condition in code that is not converted).")
    if i < len(s.decisions):
        if s.probe:
            s.preds.append(pred)
        return s.decisions[i]
    raise NeedDecision(pred)


def _is_join_reason(e):
    from .cond import NonJoinable

    return isinstance(e, NonJoinable)


def try_decide(data):
    """``bool(traced Tensor)`` reached outside converted control flow (``max(x, y)``, library
    code): a guard if one can apply, else None."""
    pred = _as_pred(data)
    if _why_not(pred) is not None:
        return None
    return decide(pred, None)


class _session:
    def __init__(self, decisions, probe):
        self.s = _Session(decisions, probe)

    def __enter__(self):
        self.prev = _active()
        _tls.session = self.s
        return self.s

    def __exit__(self, *exc):
        _tls.session = self.prev


def run_graph(fn, args, kwargs):
    """Call ``fn`` (already converted) in a compiled trace, with the decisions chosen for this call.

    Automatic compilation of eager (PyNative) grad calls (``_src/eager_cache.py``) gets no guard
    sites: a Python branch on a Tensor there makes it fall back to op-by-op execution."""
    from ..eager_cache import in_auto_trace

    if in_auto_trace():
        return fn(*args, **kwargs)
    return _run_with(fn, args, kwargs, getattr(_tls, "pending", ()))


def _run_with(fn, args, kwargs, decisions):
    with _session(decisions, probe=False):
        return fn(*args, **kwargs)


# ----------------------------------------------------------------------------- per-call decisions
_guarded = weakref.WeakKeyDictionary()  # JitFunction -> {base key: last decisions}


def mark_guarded(jf, key):
    """The traced function reached a guard site: from now on calls with ``key`` are specialised."""
    if key and isinstance(key[-1], tuple) and key[-1][:1] == ("guards",):
        raise GuardError("A compiled function reached a run-time branch decision that its probe "
                         "did not see (the function behaves differently between two traces).")
    _guarded.setdefault(jf, {}).setdefault(key, ())


def _print_off(*args, **kwargs):
    return None


_probes = weakref.WeakKeyDictionary()  # JitFunction -> {(base key, decisions): (jitted, box)}


def _probe_program(jf, key, decisions, lifted, treedef, kinds):
    table = _probes.setdefault(jf, {})
    entry = table.get((key, decisions))
    if entry is not None:
        return entry
    from .. import jit as _jit
    from .compiler import convert

    box = {}

    def probe(lifted_vals, dyn):
        args, kwargs = _jit._rebuild(treedef, kinds, dyn)
        fn = convert(jf.fn)
        box["complete"] = False
        box["error"] = None
        with _session(decisions, probe=True) as s:
            with _context.graph_call(), state.bind(lifted, lifted_vals, kind="jit_guard"):
                try:
                    fn(*args, **kwargs)
                    box["complete"] = True
                except NeedDecision as nd:
                    s.preds.append(nd.pred)
                except Exception as e:  # noqa: BLE001 - re-raised once the path is verified
                    box["error"] = e
            return [jnp.asarray(p) for p in s.preds]

    def traced_probe(lifted_vals, dyn):
        # the owner's trace context (print handling, automatic-trace flags) as in its real
        # trace, then print silenced: the probe must reach the same sites and print nothing
        with jf._trace_guard(), _jit._print_lock:
            prev = builtins.print
            builtins.print = _print_off
            try:
                return probe(lifted_vals, dyn)
            finally:
                builtins.print = prev

    entry = (jax.jit(traced_probe), box)
    table[(key, decisions)] = entry
    return entry


def specialise(jf, key, lifted, lifted_vals, dyn, treedef, kinds):
    """Key suffix for this call: ``()`` for functions without guard sites, else the decisions the
    inputs take (found with probe programs). Sets the decisions the main trace will consume."""
    _tls.pending = ()
    table = _guarded.get(jf)
    if table is None or key not in table:
        return ()
    if any(isinstance(v, jax.core.Tracer) for v in jax.tree.leaves((lifted_vals, dyn))):
        raise GuardError(
            "This function has branches that MindSpore merges at run time (values of different "
            "shapes or kinds, a raise under a tensor condition, bool() of a Tensor); ms_compat "
            "compiles the branch taken, which needs the inputs' values, but it is called inside "
            "another transform (grad/vmap of a jit function).")
    decisions = list(table[key])
    for _ in range(4 * _MAX_GUARDS + 4):
        prog, box = _probe_program(jf, key, tuple(decisions), lifted, treedef, kinds)
        preds = [bool(p) for p in prog(lifted_vals, dyn)]
        known = len(decisions)
        bad = next((j for j in range(min(known, len(preds))) if preds[j] != decisions[j]), None)
        if bad is not None:
            decisions = decisions[:bad] + [preds[bad]]
            continue
        if len(preds) > known:
            decisions.append(preds[known])
            continue
        if box.get("error") is not None:
            raise box["error"]
        break
    else:
        raise GuardError("The run-time branch decisions of this call do not settle.")
    table[key] = tuple(decisions)
    _tls.pending = tuple(decisions)
    return (("guards",) + tuple(decisions),)
