"""Custom backward of a Cell: ``Cell.bprop(self, *inputs, out, dout)`` on ``jax.custom_vjp``.

MindSpore 2.10 rules (each checked on it):
  * ``construct``'s arguments are bound to its signature with defaults applied; ``bprop`` gets
    them all positionally, then ``out`` (the forward output) and ``dout`` (its cotangent: ones by
    default, the sens of GradOperation, a tuple for tuple outputs);
  * ``bprop`` returns one gradient per input (a bare Tensor counts as a 1-tuple); fewer raise
    ``RuntimeError: Grad size should lager than forward inputs, but got 1 vs 2``, extra ones are
    ignored; ``None`` means zeros; Python-number inputs count as inputs;
  * each gradient is cast to its input's dtype; a gradient with extra leading dimensions is summed
    over them; any other shape raises ``RuntimeError: For grad interface or custom function, grad
    tensor should be broadcast to expected shape, but got [const vector]{2} vs ...{3}``;
  * the Cell's Parameters get zero gradients (the custom backward replaces the whole Cell);
  * ``bprop`` itself is differentiable (grad of grad through it), and MindSpore's forward mode
    (``jvp``/``jacfwd``, built on double reverse mode) uses it as well.
Parameters are passed to the custom_vjp function explicitly and bound with ``_src/state.py``;
Parameter writes in ``construct`` are outputs of it and committed in the enclosing scope.
"""
from __future__ import annotations

import inspect

import jax
import jax.numpy as jnp

from . import ad_util
from . import state
from .tensor import Tensor

__all__ = ["call_with_bprop"]


def _bind(cell, args, kwargs):
    """(positional args, keyword args) of ``construct`` with defaults applied (MindSpore binds)."""
    try:
        sig = inspect.signature(cell.construct)
        bound = sig.bind(*args, **kwargs)
    except (TypeError, ValueError):
        return tuple(args), dict(kwargs)
    bound.apply_defaults()
    return tuple(bound.args), dict(bound.kwargs)


def _to_input_grad(g, x):
    """Gradient ``g`` returned by bprop for input array ``x``, checked and shaped like MindSpore."""
    if x.dtype.kind in "biu" or x.dtype == jax.dtypes.float0:
        return ad_util.float0_zeros(x.shape)
    if g is None:
        return jnp.zeros(x.shape, x.dtype)
    ga = g._array() if isinstance(g, Tensor) else jnp.asarray(g)
    if tuple(ga.shape) != tuple(x.shape):
        lead = ga.ndim - x.ndim
        if lead > 0 and tuple(ga.shape[lead:]) == tuple(x.shape):
            ga = ga.sum(axis=tuple(range(lead)))
        else:
            raise RuntimeError("For grad interface or custom function, grad tensor should be "
                               f"broadcast to expected shape, but got {ad_util.shape_vec(ga.shape)}"
                               f" vs {ad_util.shape_vec(x.shape)}")
    return ga.astype(x.dtype) if ga.dtype != x.dtype else ga


def _user_dout(ct_tree):
    """The cotangent pytree as bprop sees it: Tensors, tuples of Tensors (Const -> its value)."""
    return ad_util.restore_consts(ct_tree)


def call_with_bprop(cell, args, kwargs):
    """Run ``cell.construct`` forward; its backward is ``cell.bprop`` (see module docstring)."""
    pos_args, kw_args = _bind(cell, args, kwargs)
    flat = list(pos_args) + list(kw_args.values())
    kw_names = list(kw_args)
    n_pos = len(pos_args)
    t_idx = [i for i, a in enumerate(flat) if isinstance(a, Tensor)]
    params = list(cell.get_parameters())
    written = []

    def rebuild(t_arrays):
        call = list(flat)
        for i, a in zip(t_idx, t_arrays):
            call[i] = Tensor._wrap(a)
        return call[:n_pos], dict(zip(kw_names, call[n_pos:]))

    def forward(t_arrays, p_vals):
        c_pos, c_kw = rebuild(t_arrays)
        with state.bind(params, p_vals, kind="bprop") as frame:
            out = ad_util.outputs_to_arrays(cell.construct(*c_pos, **c_kw))
        written[:] = frame.written_params()
        return out, [jax.lax.stop_gradient(v) for v in frame.written_values()]

    @jax.custom_vjp
    def run(t_arrays, p_vals):
        return forward(t_arrays, p_vals)

    def run_fwd(t_arrays, p_vals):
        res = forward(t_arrays, p_vals)
        return res, (t_arrays, p_vals, res[0])

    def run_bwd(residual, cts):
        t_arrays, p_vals, out = residual
        dout = _user_dout(cts[0])
        c_pos, c_kw = rebuild(t_arrays)
        with state.bind(params, p_vals, kind="bprop"):
            grads = cell.bprop(*c_pos, ad_util.restore_consts(out), dout, **c_kw)
        if grads is None:
            raise TypeError("The python function output is none.")
        if isinstance(grads, (dict, set)):
            raise TypeError(f"Unreasonable data type: {type(grads)}.")
        if not isinstance(grads, (tuple, list)):
            grads = (grads,)
        if len(grads) < len(flat):
            raise RuntimeError(f"Grad size should lager than forward inputs, but got "
                               f"{len(grads)} vs {len(flat)}")
        t_cts = [_to_input_grad(grads[i], x) for i, x in zip(t_idx, t_arrays)]
        p_cts = [ad_util.float0_zeros(v.shape) if not ad_util.is_float_array(v)
                 else jnp.zeros(v.shape, v.dtype) for v in p_vals]
        return t_cts, p_cts

    run.defvjp(run_fwd, run_bwd)
    t_arrays = [flat[i]._array() for i in t_idx]
    p_vals = [state.read(p) for p in params]
    out, written_vals = run(t_arrays, p_vals)
    state.commit(list(written), written_vals)
    return ad_util.restore_consts(out)
