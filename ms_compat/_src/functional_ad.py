"""``ops.vjp`` and ``ops.jvp`` with MindSpore 2.10's structures and errors.

``vjp(fn, *inputs, weights=None, has_aux=False)``
  returns ``(out, vjp_fn)`` or ``(out, vjp_fn, aux)`` (``aux`` bare when ``fn`` returns two
  outputs, else the tuple of the rest). ``vjp_fn(v)`` always returns a tuple of input gradients;
  with ``weights`` it returns ``(input grads, weight grads)`` (a single Parameter: bare). ``v`` is
  checked like a GradOperation sens (``ad_util.cotangent``); a 1-tuple around the cotangent of a
  single output is accepted. Inputs must be Tensors (``TypeError: The inputs type must be
  Tensor.``). ``vjp_fn`` can be called any number of times.
``jvp(fn, inputs, v, has_aux=False)``
  returns ``(out, jvp_out)`` or ``(out, jvp_out, aux)``. ``inputs``/``v``: a Tensor or a
  tuple/list of Tensors of the same length (``ValueError: v has invalid length``). With a single
  input ``v`` must be a bare Tensor: MindSpore 2.10 raises ``TypeError: Type Join Failed: Abstract
  type AbstractTuple cannot join with AbstractTensor.`` for ``jvp(f, (x,), (v,))`` and
  ``jvp(f, x, (v,))`` — reproduced. A tangent of another dtype raises ``TypeError: Type Join
  Failed: dtype1 = Float64, dtype2 = Float32.``.

  MindSpore computes jvp by double reverse mode (the vjp of the vjp), so custom ``bprop`` and
  gradient hooks take part in it; so does ms_compat (``jax.jvp`` cannot see a ``custom_vjp``).

Integer inputs are differentiated in Float32; gradients/tangents are cast back as MindSpore does.
Parameters written by ``fn`` are committed after the call (``_src/state.py``).
"""
from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np

from . import ad_util
from . import hooks as _hooks
from . import state
from .autodiff import _bound_weights, _check_weights, stop_gradient, weight_gradients
from .tensor import Tensor

__all__ = ["vjp", "jvp", "linear_transpose_jvp", "AUX_ERROR"]

AUX_ERROR = "When 'has_aux' is True, origin 'fn' requires more than one outputs."


def _check_has_aux(has_aux):
    if not isinstance(has_aux, bool):
        raise TypeError("The 'has_aux' must be bool type.")


def _split_aux(out, has_aux, message=AUX_ERROR):
    """(differentiated output, aux) of a traced output tree."""
    if not has_aux:
        return out, None
    if not isinstance(out, tuple) or len(out) < 2:
        raise ValueError(message)
    return out[0], (out[1] if len(out) == 2 else tuple(out[1:]))


def _true_dtypes(fn, tensors):
    """Output dtypes of ``fn`` on the original (integer) inputs, by abstract evaluation."""
    def probe():
        with state.bind(kind="probe"):
            return ad_util.outputs_to_arrays(fn(*tensors))
    return jax.eval_shape(probe)


def _recast(tree, true_tree):
    def leaf(a, t):
        return a.astype(t.dtype) if a.dtype != t.dtype and t.dtype != jax.dtypes.float0 else a
    return jax.tree.map(leaf, tree, true_tree)


# ----------------------------------------------------------------------------- vjp
def _float_input(x):
    """A vjp input (Tensor, or tuple/list holding Tensors) with integer Tensors in Float32."""
    return jax.tree.map(lambda a: a.astype(np.float32) if a.dtype.kind in "biu" else a,
                        x if isinstance(x, Tensor) else type(x)(x))


def vjp(fn, *inputs, weights=None, has_aux=False):
    """``mindspore.ops.vjp`` (see module docstring)."""
    if not callable(fn):
        raise TypeError(f"The fn should be callable, but got {type(fn).__name__}")
    _check_has_aux(has_aux)
    for x in inputs:
        if not isinstance(x, (Tensor, tuple, list)):
            raise TypeError("The inputs type must be Tensor.")
    weight_list, single_weight = _check_weights(weights)
    bound = _bound_weights(weight_list or [], graph=False)
    # PyNative: the same Tensor object at several positions is one leaf (total gradient each)
    uniq, index = [], []
    for x in inputs:
        k = next((i for i, u in enumerate(uniq) if u is x and isinstance(x, Tensor)), None)
        if k is None:
            k = len(uniq)
            uniq.append(x)
        index.append(k)
    primals = [_float_input(x) for x in uniq]
    dtypes = [jax.tree.map(lambda a: a.dtype, x) for x in uniq]
    int_inputs = any(np.dtype(d).kind in "biu" for d in jax.tree.leaves(dtypes))
    written = []

    def pure(vals, weight_vals):
        vals = [Tensor._wrap(_hooks.apply_leaf_hooks(x, v._array())) if isinstance(v, Tensor)
                else v for x, v in zip(uniq, vals)]
        args = [vals[k] for k in index]
        weight_vals = [_hooks.apply_leaf_hooks(w, v) for w, v in zip(bound, weight_vals)]
        with state.bind(bound, weight_vals, kind="vjp") as frame:
            out = ad_util.outputs_to_arrays(fn(*args))
        diff_out, aux = _split_aux(out, has_aux)
        written[:] = frame.written_params()
        return diff_out, (aux, [jax.lax.stop_gradient(v) for v in frame.written_values()])

    diff_out, raw_vjp, (aux, written_vals) = jax.vjp(
        pure, primals, [state.read(w) for w in bound], has_aux=True)
    state.commit(list(written), written_vals)
    value = diff_out
    if int_inputs:
        true = _true_dtypes(fn, inputs)
        true = _split_aux(true, has_aux)[0]
        value = _recast(diff_out, true)

    def vjp_fn(*v):
        sens = v[0] if len(v) == 1 else v
        if int_inputs:
            sens = jax.tree.map(lambda s: s.astype(np.float32) if s.dtype.kind in "biu" else s,
                                sens)
        cot = ad_util.cotangent(diff_out, sens)
        g_in, g_w = raw_vjp(cot)
        grads = [jax.tree.map(ad_util.cast_grad, g, dt) for g, dt in zip(g_in, dtypes)]
        grads = tuple(grads[k] for k in index)
        if weights is None:
            return grads
        return grads, weight_gradients(weight_list, bound, g_w, single_weight)

    value = ad_util.restore_consts(value)
    if has_aux:
        return value, vjp_fn, stop_gradient(ad_util.restore_consts(aux))
    return value, vjp_fn


# ----------------------------------------------------------------------------- jvp
def linear_transpose_jvp(raw_vjp, diff_out, tangents):
    """Tangent of ``diff_out`` for input ``tangents``, as the vjp of the (linear) vjp.

    ``raw_vjp(cot_tree) -> list of input cotangents``; integer output leaves get zero tangents."""
    leaves, treedef = jax.tree.flatten(diff_out)
    fl = [i for i, a in enumerate(leaves) if ad_util.is_float_array(a)]

    def pullback(float_cots):
        cot = [ad_util.float0_zeros(a.shape) for a in leaves]
        for i, c in zip(fl, float_cots):
            cot[i] = c
        return raw_vjp(jax.tree.unflatten(treedef, cot))

    u0 = [jnp.zeros(leaves[i].shape, leaves[i].dtype) for i in fl]
    _, transpose = jax.vjp(pullback, u0)
    (t_float,) = transpose(list(tangents))
    out = [jnp.zeros(a.shape, a.dtype) if ad_util.is_float_array(a) else a for a in leaves]
    for i, t in zip(fl, t_float):
        out[i] = t
    return jax.tree.unflatten(treedef, out)


def _as_tuple(x):
    return tuple(x) if isinstance(x, (tuple, list)) else (x,)


def _check_tangent(x, t):
    if not isinstance(t, Tensor):
        raise TypeError("The inputs type must be a Tensor, tuple or list of Tensors.")
    if t.dtype is not x.dtype:
        raise TypeError(f"Type Join Failed: dtype1 = {t.dtype}, dtype2 = {x.dtype}.")
    if tuple(t.shape) != tuple(x.shape):
        raise ValueError(f"For 'jvp', the shape of 'v' {list(t.shape)} must be the same as the "
                         f"shape of the input {list(x.shape)}.")


def jvp(fn, inputs, v, has_aux=False):
    """``mindspore.ops.jvp`` (see module docstring)."""
    _check_has_aux(has_aux)
    if not isinstance(inputs, (Tensor, tuple, list)) or not isinstance(v, (Tensor, tuple, list)):
        raise TypeError("The inputs type must be a Tensor, tuple or list of Tensors.")
    xs, vs = _as_tuple(inputs), _as_tuple(v)
    if len(xs) != len(vs):
        raise ValueError(f"v has invalid length: should be {len(xs)}, but got {len(vs)}")
    if len(xs) == 1 and isinstance(v, (tuple, list)):
        raise TypeError("Type Join Failed: Abstract type AbstractTuple cannot join with "
                        "AbstractTensor.")
    for x in xs:
        if not isinstance(x, Tensor):
            raise TypeError("The inputs type must be a Tensor, tuple or list of Tensors.")
    for x, t in zip(xs, vs):
        _check_tangent(x, t)
    if not callable(fn):
        raise TypeError(f"The fn should be callable, but got {type(fn).__name__}")
    primals, dtypes = zip(*(ad_util.prepare_input(x) for x in xs))
    int_inputs = any(np.dtype(d).kind in "biu" for d in dtypes)
    written = []

    def pure(vals):
        args = [Tensor._wrap(_hooks.apply_leaf_hooks(x, a)) for x, a in zip(xs, vals)]
        with state.bind(kind="jvp") as frame:
            out = ad_util.outputs_to_arrays(fn(*args))
        diff_out, aux = _split_aux(out, has_aux, f"'{AUX_ERROR}'")
        written[:] = frame.written_params()
        return diff_out, (aux, [jax.lax.stop_gradient(w) for w in frame.written_values()])

    with _hooks.graph_transform():  # MindSpore compiles jvp: HookBackward is inactive
        diff_out, raw_vjp, (aux, written_vals) = jax.vjp(pure, list(primals), has_aux=True)
        state.commit(list(written), written_vals)
        tangents = [t._array().astype(p.dtype) for t, p in zip(vs, primals)]
        tangent_out = linear_transpose_jvp(lambda c: raw_vjp(c)[0], diff_out, tangents)
    if int_inputs:
        true = _split_aux(_true_dtypes(fn, xs), has_aux, f"'{AUX_ERROR}'")[0]
        diff_out = _recast(diff_out, true)
        tangent_out = _recast(tangent_out, true)
    out = ad_util.restore_consts(diff_out)
    jvp_out = ad_util.restore_consts(tangent_out)
    if has_aux:
        return out, jvp_out, ad_util.restore_consts(aux)
    return out, jvp_out
