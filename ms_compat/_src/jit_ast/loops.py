"""``while`` and ``for`` loops of converted functions.

``while``: the condition is evaluated each iteration; while it is a Python value the loop runs in
Python (MindSpore evaluates constant conditions at compile time); once it is a traced Tensor the
rest of the loop is one differentiable ``while`` (``dwhile.py``). The carried variables are those
the body assigns; MindSpore's rules (checked on 2.10):
  * a carried value may not change dtype — ``i = 0`` then ``i = i + 0.5`` raises ``TypeError:
    Cannot join the return values of different branches, ...``; nor shape (``ValueError``);
  * a Python number carried by a tensor-condition loop becomes a scalar variable (returned from
    ``ms.jit`` as a Python number: ``i`` counting iterations comes back as ``int 4``);
  * a Parameter written in the body (``self.c += 1``) is loop-carried state.

``for``: over a Tensor, the first iteration runs as written (so ``s = 0; s = s + row`` settles
its type) and the remaining ones are one ``lax.scan`` over the leading axis (reverse
differentiable, compiled once however long the axis); if the body cannot be scanned (its types
change per iteration, it needs a carried number as a Python value, ``range(n)`` of a counter,
...) the loop is unrolled, which is what MindSpore itself does with every ``for`` (Python side
effects of the abandoned scan trace, such as appending to a list, happen once more). Over
anything else (``range``, lists, tuples, ``zip``, ``enumerate``, CellList) the loop is unrolled
in Python. ``break`` / ``continue`` / ``return`` were lowered to flags by the transformer:
``extra_test`` is the "no flag set" test; a traced one guards each later iteration with a
``lax.cond``.
"""
from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np

from .. import state
from ..parameter import Parameter
from ..tensor import Tensor
from . import dwhile
from .cond import join_error, traced_if
from .scalar import np_dtype_of_ptype, python_type_of
from .trace import run_closed, trace_body
from .truth import truth
from .values import Leaf, Undefined, _ReturnUnset, flatten_vars, leaf_value

__all__ = ["while_stmt", "for_stmt"]

_MAX_RETRACE = 4


class _Unstable(Exception):
    """The body changes a carried value's type: not expressible as one loop."""


def _to_carry(leaf):
    if leaf.dynamic:
        return leaf
    p = python_type_of(leaf.value)
    if p is not None and not isinstance(leaf.value, np.generic):
        dt = np_dtype_of_ptype(p)
        return Leaf("scalar", jnp.asarray(leaf.value, dt), p)
    return leaf


def _shape_dtype(v):
    return tuple(v.shape), np.dtype(v.dtype)


def _plan(in_leaves, body, names_of_leaf, make_error):
    """Check a traced body against its carry. Returns (specs, None) or (None, new_in_leaves) when
    some input must become dynamic first. ``specs``: per input leaf, None (not carried) or
    ("dyn", k) / ("const", value, dtype)."""
    if len(body.out_leaves) != len(in_leaves):
        raise make_error("structure", None)
    dyn_index = {}
    k = 0
    for i, lo in enumerate(body.out_leaves):
        if lo.dynamic:
            dyn_index[i] = k
            k += 1
    specs = []
    promoted = list(in_leaves)
    changed = False
    for i, (li, lo) in enumerate(zip(in_leaves, body.out_leaves)):
        if not li.dynamic:
            v = li.value
            if isinstance(v, Undefined):
                specs.append(None)
                continue
            if lo.dynamic and (isinstance(v, _ReturnUnset) or isinstance(v, Parameter)):
                shape, dt = _shape_dtype(lo.value)
                if isinstance(v, Parameter):
                    promoted[i] = Leaf("tensor", state.read(v))
                else:
                    promoted[i] = Leaf(lo.kind, jnp.zeros(shape, dt), lo.ptype)
                changed = True
                specs.append(None)
                continue
            if not lo.dynamic and (lo.value is v or _same_static(lo.value, v)):
                specs.append(None)
                continue
            raise make_error("static", names_of_leaf(i))
        if lo.dynamic:
            (si, di), (so, do) = _shape_dtype(li.value), _shape_dtype(lo.value)
            if di != do:
                raise make_error("dtype", names_of_leaf(i))
            if si != so:
                raise make_error("shape", names_of_leaf(i), (si, so))
            specs.append(("dyn", dyn_index[i]))
            continue
        p = python_type_of(lo.value)
        if li.kind == "scalar" and p is li.ptype and not isinstance(lo.value, np.generic):
            specs.append(("const", lo.value, np.dtype(li.value.dtype)))
            continue
        raise make_error("dtype", names_of_leaf(i))
    if changed:
        return None, promoted
    return specs, None


def _same_static(a, b):
    from .cond import _static_equal

    return _static_equal(a, b)


def _leaf_names(vals, names):
    owner = []
    for name, v in zip(names, vals):
        leaves, _ = flatten_vars((v,))
        owner.extend([name] * len(leaves))
    return lambda i: owner[i] if i < len(owner) else "?"


def _resolve(specs, outs, in_dyn_dtypes):
    new = []
    j = 0
    for spec in specs:
        if spec is None:
            continue
        if spec[0] == "dyn":
            v = outs[spec[1]]
        else:
            v = jnp.asarray(spec[1], spec[2])
        new.append(jax.lax.convert_element_type(v, in_dyn_dtypes[j]))
        j += 1
    return new


def _trace_loop(fn, leaves, treedef, vals, names, make_error, extra=()):
    """Trace ``fn`` as a loop body until its carry is stable. Returns (leaves, traced, specs,
    written Parameters)."""
    leaves = [_to_carry(leaf) for leaf in leaves]
    bind = []
    for _ in range(_MAX_RETRACE):
        body = trace_body(fn, leaves, treedef, extra=extra, bind_params=bind)
        new_w = [p for p in body.written if id(p) not in {id(b) for b in bind}]
        specs, promoted = _plan(leaves, body, _leaf_names(vals, names), make_error)
        if promoted is not None:
            leaves = promoted
        if new_w:
            bind = bind + new_w
        if promoted is None and not new_w:
            return leaves, body, specs, bind
    raise make_error("unstable", None)


def _carried(leaves, specs):
    return [leaf for leaf, s in zip(leaves, specs) if s is not None]


def _rebuild(treedef, leaves, specs, final):
    it = iter(final)
    objs = []
    for leaf, spec in zip(leaves, specs):
        if spec is None:
            objs.append(leaf_value(leaf))
        else:
            objs.append(leaf_value(leaf, next(it)))
    return jax.tree.unflatten(treedef, objs)


# ----------------------------------------------------------------------------- while
def _while_error(kind, name, shapes=None):
    if kind == "shape":
        return ValueError(f"For 'while', the loop variable '{name}' changes shape from "
                          f"{list(shapes[0])} to {list(shapes[1])} in the loop body; a loop with a "
                          "Tensor condition needs fixed shapes.")
    if kind in ("dtype", "static", "structure", "unstable"):
        return join_error(f"The loop variable '{name}' changes type in the body of a 'while' "
                          "with a Tensor condition." if name else "")
    raise AssertionError(kind)


def while_stmt(test_fn, body_fn, vals, names):
    """``while test: body`` over the variables ``vals`` (named ``names``)."""
    vals = tuple(vals)
    while True:
        p = truth(test_fn(*vals))
        if isinstance(p, bool):
            if not p:
                return vals
            vals = tuple(body_fn(*vals))
            continue
        return _traced_while(test_fn, body_fn, vals, names)


def _traced_while(test_fn, body_fn, vals, names):
    leaves, treedef = flatten_vars(vals)
    leaves, body, specs, bind = _trace_loop(body_fn, leaves, treedef, vals, names, _while_error)
    carried = _carried(leaves, specs)
    in_dtypes = [np.dtype(leaf.value.dtype) for leaf in carried]

    # the body's jaxpr takes every dynamic input leaf; non-carried dynamic inputs do not exist
    # (only static leaves are left uncarried), so the carried leaves are exactly its inputs.
    def test_flat(*vs):
        return (truth(test_fn(*vs)),)

    cond = trace_body(test_flat, leaves, treedef, bind_params=bind)
    if cond.out_leaves[0].dynamic:
        def cond_fn(consts, carry):
            dyn, wv = carry
            outs, _ = run_closed(cond, dyn, wv, consts=consts)
            return outs[0]
    else:
        const_pred = bool(cond.out_leaves[0].value)

        def cond_fn(consts, carry):
            return jnp.asarray(const_pred)

    def body_fn_flat(consts, carry):
        dyn, wv = carry
        outs, wouts = run_closed(body, dyn, wv, consts=consts)
        new_w = [jax.lax.convert_element_type(w, np.dtype(v.dtype))
                 for w, v in zip(wouts[:len(bind)], wv)]
        return _resolve(specs, outs, in_dtypes), new_w

    init = ([leaf.value for leaf in carried], [state.read(p) for p in bind])
    flat_init, tree = jax.tree.flatten(init)

    def cond_tree(consts, flat):
        return cond_fn(consts, jax.tree.unflatten(tree, flat))

    def body_tree(consts, flat):
        return jax.tree.leaves(body_fn_flat(consts, jax.tree.unflatten(tree, flat)))

    final = dwhile.while_loop(cond_tree, body_tree, cond.closed.consts, body.closed.consts,
                              flat_init)
    dyn_final, w_final = jax.tree.unflatten(tree, final)
    for p, v in zip(bind, w_final):
        state.write(p, v)
    return tuple(_rebuild(treedef, leaves, specs, dyn_final))


# ----------------------------------------------------------------------------- for
def _for_error(kind, name, shapes=None):
    return _Unstable(f"{kind} {name}")


def _step(item, body_fn, vals, names, extra_test):
    """One iteration; returns (vals, stop)."""
    if extra_test is None:
        return tuple(body_fn(item, *vals)), False
    p = truth(extra_test(*vals))
    if isinstance(p, bool):
        if not p:
            return vals, True
        return tuple(body_fn(item, *vals)), False
    live = {n for n, v in zip(names, vals) if not isinstance(v, Undefined)}
    out = traced_if(p, lambda *v: tuple(body_fn(item, *v)), lambda *v: tuple(v), vals, names, live)
    return tuple(out), False


def for_stmt(iterable, body_fn, vals, names, extra_test=None):
    """``for item in iterable: body`` over the variables ``vals``."""
    vals = tuple(vals)
    if isinstance(iterable, Tensor):
        return _tensor_for(iterable, body_fn, vals, names, extra_test)
    for item in iterable:
        vals, stop = _step(item, body_fn, vals, names, extra_test)
        if stop:
            break
    return vals


def _tensor_for(x, body_fn, vals, names, extra_test):
    arr = x._array()
    if arr.ndim == 0:
        raise TypeError("iteration over a 0-d tensor")
    n = arr.shape[0]
    k = 0
    while k < n:
        vals, stop = _step(Tensor._wrap(arr[k]), body_fn, vals, names, extra_test)
        k += 1
        if stop:
            return vals
        if k == 1 and n > 2:
            try:
                return _scan(arr[1:], body_fn, vals, names, extra_test)
            except Exception:  # noqa: BLE001 - the body needs Python values: unroll the rest,
                pass           # as MindSpore does (a real error is raised again there)
    return vals


def _scan(xs, body_fn, vals, names, extra_test):
    if extra_test is not None:
        p = truth(extra_test(*vals))
        if isinstance(p, bool) and not p:
            return vals
    leaves, treedef = flatten_vars(vals)

    def one(item, *vs):
        out, _ = _step(item, body_fn, vs, names, extra_test)
        return out

    example = [xs[0]]
    leaves, body, specs, bind = _trace_loop(one, leaves, treedef, vals, names, _for_error,
                                            extra=example)
    carried = _carried(leaves, specs)
    in_dtypes = [np.dtype(leaf.value.dtype) for leaf in carried]

    def f(carry, x):
        dyn, wv = carry
        outs, wouts = run_closed(body, dyn, wv, xs=[x])
        new_w = [jax.lax.convert_element_type(w, np.dtype(v.dtype))
                 for w, v in zip(wouts[:len(bind)], wv)]
        return (_resolve(specs, outs, in_dtypes), new_w), None

    init = ([leaf.value for leaf in carried], [state.read(p) for p in bind])
    (dyn_final, w_final), _ = jax.lax.scan(f, init, xs)
    for p, v in zip(bind, w_final):
        state.write(p, v)
    return tuple(_rebuild(treedef, leaves, specs, dyn_final))
