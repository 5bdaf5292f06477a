"""``if`` on a traced condition: both branches traced, their variables joined, one ``lax.cond``.

Join rules (MindSpore 2.10 GRAPH mode, each checked on it):
  * Tensors of equal shape and dtype join; different dtypes raise ``TypeError: Cannot join the
    return values of different branches, perhaps you need to make them equal.`` — so do a Tensor
    and a Python number, and an int and a float;
  * equal constants stay constants; two Python numbers of one type (``1`` / ``2``, ``True`` /
    ``False``) become a scalar variable (returned from ``ms.jit`` as a Python number);
  * a variable assigned in one branch only may not be used afterwards: ``UnboundLocalError: The
    local variable 'y' is not defined in false branch, but defined in true branch.``;
  * values MindSpore joins at run time but XLA cannot (Tensors of different shapes, ``None`` and a
    Tensor, tuples of different lengths), and a branch that raises, are handled by specialising
    the compiled function on the branch taken (``guards.py``); a Parameter written in either
    branch is written by the ``lax.cond`` (the other branch passes its current value through).
"""
from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np

from .. import state
from ..parameter import Parameter
from . import guards
from .scalar import np_dtype_of_ptype, python_type_of
from .trace import run_closed, trace_body
from .values import flatten_vars
from .values import Leaf, Undefined, _ReturnUnset, leaf_value, rebuild_vars

__all__ = ["traced_if", "JOIN_ERROR", "join_error", "NonJoinable"]

JOIN_ERROR = ("Cannot join the return values of different branches, perhaps you need to make "
              "them equal.")


def join_error(detail=""):
    return TypeError(JOIN_ERROR + (f"\n{detail}" if detail else ""))


class NonJoinable(Exception):
    """Values XLA cannot merge into one output (MindSpore merges them at run time)."""


def _static_equal(a, b):
    if a is b:
        return True
    if type(a) is not type(b):
        return False
    if isinstance(a, (bool, int, float, str, bytes, type(None))):
        return a == b
    if isinstance(a, (tuple, frozenset)):
        try:
            return bool(a == b)
        except Exception:  # noqa: BLE001 - elements with array semantics
            return False
    return False


def _param_leaf(p):
    return Leaf("tensor", state.read(p))


def _aval(leaf):
    v = leaf.value
    return tuple(v.shape), np.dtype(v.dtype)


# Output spec per joined leaf, per branch: ("dyn", k) | ("const", value, dtype) | ("zeros", aval)
# | ("outer", array).
class _Plan:
    def __init__(self):
        self.t = []
        self.f = []
        self.leaves = []  # joined Leaf skeleton: static leaves hold their value, dynamic a dtype


def _join_leaf(lt, lf, it_t, it_f, plan):
    if isinstance(lt.value, Parameter) and lf.dynamic:
        lt = _param_leaf(lt.value)
        spec_t = ("outer", lt.value)
    else:
        spec_t = None
    if isinstance(lf.value, Parameter) and lt.dynamic:
        lf = _param_leaf(lf.value)
        spec_f = ("outer", lf.value)
    else:
        spec_f = None
    if lt.dynamic and lf.dynamic:
        (st, dt), (sf, df) = _aval(lt), _aval(lf)
        if dt != df:
            raise join_error(f"The dtypes are {dt} and {df}.")
        if st != sf:
            raise NonJoinable(f"shapes {st} and {sf}")
        plan.t.append(spec_t or ("dyn", next(it_t)))
        plan.f.append(spec_f or ("dyn", next(it_f)))
        if lt.kind == lf.kind:
            kind = lt.kind
            if kind == "scalar" and lt.ptype is not lf.ptype:
                raise join_error()
        else:
            kind = "tensor" if "tensor" in (lt.kind, lf.kind) else "array"
        plan.leaves.append(Leaf(kind, dt, lt.ptype if kind == "scalar" else None))
        return
    if not lt.dynamic and not lf.dynamic:
        a, b = lt.value, lf.value
        if _static_equal(a, b):
            plan.leaves.append(Leaf("static", a))
            return
        pa, pb = python_type_of(a), python_type_of(b)
        if pa is not None and pb is not None and not isinstance(a, np.generic) \
                and not isinstance(b, np.generic):
            if pa is not pb:
                raise join_error()
            dt = np_dtype_of_ptype(pa)
            plan.t.append(("const", a, dt))
            plan.f.append(("const", b, dt))
            plan.leaves.append(Leaf("scalar", dt, pa))
            return
        raise NonJoinable(f"{a!r} and {b!r}")
    # one static, one dynamic
    dyn, stat, dyn_is_t = (lt, lf, True) if lt.dynamic else (lf, lt, False)
    p = python_type_of(stat.value)
    if dyn.kind == "scalar" and p is dyn.ptype:
        dt = np.dtype(dyn.value.dtype)
        spec_dyn = ("dyn", next(it_t if dyn_is_t else it_f))
        spec_stat = ("const", stat.value, dt)
        plan.t.append(spec_dyn if dyn_is_t else spec_stat)
        plan.f.append(spec_stat if dyn_is_t else spec_dyn)
        plan.leaves.append(Leaf("scalar", dt, p))
        return
    if p is not None:
        raise join_error()
    raise NonJoinable(f"{stat.value!r} and a Tensor")


def _skip(leaves, it):
    for leaf in leaves:
        if leaf.dynamic:
            next(it)


def _plan_join(t, f, names, live):
    plan = _Plan()
    it_t = iter(range(t.n_dyn))
    it_f = iter(range(f.n_dyn))
    var_plans = []  # per variable: ("join", treedef, n_leaves) | ("undef", name) | ...
    for i, ((lt, tdt), (lf, tdf)) in enumerate(zip(t.outs, f.outs)):
        name = names[i]
        ut = len(lt) == 1 and isinstance(lt[0].value, (Undefined, _ReturnUnset))
        uf = len(lf) == 1 and isinstance(lf[0].value, (Undefined, _ReturnUnset))
        if ut and uf:
            var_plans.append(("value", lt[0].value))
            continue
        if ut or uf:
            undef_side, (dl, dtd, dit, dside) = (
                (lt[0].value, (lf, tdf, it_f, "f")) if ut else (lf[0].value, (lt, tdt, it_t, "t")))
            if isinstance(undef_side, Undefined):
                if name in live:
                    missing, has = ("true", "false") if ut else ("false", "true")
                    raise UnboundLocalError(f"The local variable '{name}' is not defined in "
                                            f"{missing} branch, but defined in {has} branch.")
                _skip(dl, dit)
                var_plans.append(("value", Undefined(name)))
                continue
            # the unset return value joins with anything: zeros / the other side's constants
            start = len(plan.leaves)
            for leaf in dl:
                if leaf.dynamic:
                    spec = ("dyn", next(dit))
                    zero = ("zeros", _aval(leaf))
                    plan.t.append(spec if dside == "t" else zero)
                    plan.f.append(zero if dside == "t" else spec)
                    plan.leaves.append(Leaf(leaf.kind, np.dtype(leaf.value.dtype), leaf.ptype))
                else:
                    plan.leaves.append(Leaf("static", leaf.value))
            var_plans.append(("join", dtd, start, len(plan.leaves)))
            continue
        if tdt != tdf:
            raise NonJoinable(f"variable '{name}' has different structures")
        start = len(plan.leaves)
        for a, b in zip(lt, lf):
            _join_leaf(a, b, it_t, it_f, plan)
        var_plans.append(("join", tdt, start, len(plan.leaves)))
    return plan, var_plans


def _branch_fn(traced, specs, written_union, own_written):
    own = {id(p): k for k, p in enumerate(own_written)}

    def run(dyn, outer_vals):
        outs, wvals = run_closed(traced, dyn, [])
        res = []
        for spec in specs:
            kind = spec[0]
            if kind == "dyn":
                v = outs[spec[1]]
                res.append(jax.lax.convert_element_type(v, v.dtype))
            elif kind == "const":
                res.append(jnp.asarray(spec[1], spec[2]))
            elif kind == "zeros":
                res.append(jnp.zeros(spec[1][0], spec[1][1]))
            else:
                res.append(spec[1])
        writes = []
        for j, p in enumerate(written_union):
            k = own.get(id(p))
            writes.append(wvals[k] if k is not None else outer_vals[j])
        return res, writes

    return run


def _inline(traced, dyn):
    """Run one traced branch in the enclosing trace (the branch a guard selected)."""
    if traced.error is not None:
        raise traced.error
    outs, wvals = run_closed(traced, dyn, [])
    it = iter(outs)
    values = [rebuild_vars(td, leaves, it) for leaves, td in traced.outs]
    for p, v in zip(traced.written, wvals):
        state.write(p, v)
    return tuple(values)


def traced_if(pred, true_fn, false_fn, vals, names, live):
    """``if`` on a traced scalar bool ``pred``; returns the new values of ``vals``."""
    leaves, treedef = flatten_vars(tuple(vals))
    t = trace_body(true_fn, leaves, treedef, catch=True)
    f = trace_body(false_fn, leaves, treedef, catch=True)
    dyn = [leaf.value for leaf in leaves if leaf.dynamic]
    if t.error is not None or f.error is not None:
        err = t.error if t.error is not None else f.error
        take = guards.decide(pred, err)
        return _inline(t if take else f, dyn)
    try:
        plan, var_plans = _plan_join(t, f, names, live)
    except NonJoinable as e:
        take = guards.decide(pred, e)
        return _inline(t if take else f, dyn)
    written = list({id(p): p for p in t.written + f.written}.values())
    outer_vals = [state.read(p) for p in written]
    out, writes = jax.lax.cond(pred, _branch_fn(t, plan.t, written, t.written),
                               _branch_fn(f, plan.f, written, f.written), dyn, outer_vals)
    for p, v in zip(written, writes):
        state.write(p, v)
    dyn_at, k = [], 0
    for leaf in plan.leaves:
        dyn_at.append(k)
        k += leaf.dynamic
    values = []
    for vp in var_plans:
        if vp[0] == "value":
            values.append(vp[1])
            continue
        _, td, start, stop = vp
        objs = [leaf_value(Leaf(leaf.kind, None, leaf.ptype), out[dyn_at[i]]) if leaf.dynamic
                else leaf.value
                for i, leaf in ((i, plan.leaves[i]) for i in range(start, stop))]
        values.append(jax.tree.unflatten(td, objs))
    return tuple(values)
