"""MindSpore's reverse-mode autodiff on ``jax.vjp``: ``grad`` / ``value_and_grad`` /
``GradOperation`` share :func:`grad_call`.

MindSpore semantics (checked on MindSpore 2.10, see ``shared/specs/mindspore_semantics.md``):
  * the cotangent (sens) is ones for every floating output leaf, so a non-scalar or multi-output
    function is differentiated as the sum of its outputs; integer outputs get none;
  * ``has_aux=True``: only the first output is differentiated, the rest is returned as a tuple
    with ``stop_gradient``; ``value_and_grad`` returns the raw output as the value;
  * ``grad_position``: an int gives a bare gradient, a tuple a tuple — a tuple with one
    gradient left is unwrapped; positions holding non-Tensors (Python numbers) are dropped;
  * ``weights``: a single Parameter gives a bare gradient, a list/tuple/ParameterTuple a tuple;
    a weight that is not read, a Parameter with ``requires_grad=False`` (PyNative rule) and a plain
    Tensor get zeros;
  * integer inputs are differentiated in Float32 and the gradient is cast back to their dtype;
  * ``return_ids`` tags input gradients with their position and weight gradients with
    ``Parameter.name``;
  * Parameters written while differentiating (optimizer-free state such as BatchNorm statistics)
    are bound by ``_src/state.py`` and written back after the call, without gradient.
"""
from __future__ import annotations

import numbers

import jax
import jax.numpy as jnp
import numpy as np

from . import context as _context
from . import state
from .eager_cache import CompiledEager, in_auto_trace
from .parameter import Parameter, ParameterTuple
from .tensor import Tensor

__all__ = ["GradSpec", "grad", "value_and_grad", "grad_call", "stop_gradient"]

_F32 = np.dtype(np.float32)


# ---------------------------------------------------------------------------- stop_gradient
def stop_gradient(value):
    """``ops.stop_gradient``: identity whose gradient is zero (on Tensors in any structure)."""
    if isinstance(value, Tensor):
        return Tensor._wrap(jax.lax.stop_gradient(value._array()))
    if isinstance(value, (tuple, list)):
        return type(value)(stop_gradient(v) for v in value)
    if isinstance(value, dict):
        return {k: stop_gradient(v) for k, v in value.items()}
    return value


# ---------------------------------------------------------------------------- argument checks
def _check_position(grad_position):
    if grad_position is None:
        return None
    if not isinstance(grad_position, (int, tuple)):
        raise TypeError("For 'F.grad', the 'grad_position' must be int or tuple.")
    if isinstance(grad_position, int):
        if grad_position < 0:
            raise ValueError("grad_position must be >= 0.")
        return (int(grad_position),)
    if not grad_position:
        raise RuntimeError("grad_position should not be empty when grad by position!")
    for p in grad_position:
        if not isinstance(p, int):
            raise TypeError("For 'F.grad', the element in 'grad_position' must be int.")
        if p < 0:
            raise ValueError("The element in grad_position must be >= 0.")
    if len(set(grad_position)) != len(grad_position):
        raise ValueError("There are duplicate positions in `grad_position`, please check it")
    return tuple(int(p) for p in grad_position)


def _check_weights(weights):
    """Normalise ``weights`` to (list, single?)."""
    if weights is None:
        return None, False
    if isinstance(weights, Tensor):
        return [weights], True
    if isinstance(weights, (list, tuple, ParameterTuple)):
        for w in weights:
            if not isinstance(w, Tensor):
                raise RuntimeError(f"For 'grad', every element of 'weights' must be a Parameter "
                                   f"or Tensor, but got {type(w).__name__}.")
        return list(weights), False
    raise TypeError(f"The weights you provided is expected to be a tensor, or a list or tuple. "
                    f"but got {weights}")


class GradSpec:
    """What to differentiate and how to shape the result (one per grad/value_and_grad object)."""

    __slots__ = ("positions", "single_position", "weights", "single_weight", "has_aux",
                 "return_ids", "get_value", "sens_param", "aux_tuple")

    def __init__(self, grad_position=0, weights=None, has_aux=False, return_ids=False,
                 get_value=False, sens_param=False, check=True):
        if grad_position is None and weights is None:
            raise ValueError("`grad_position` and `weight` can not be None at the same time.")
        self.positions = _check_position(grad_position) if check else grad_position
        self.single_position = isinstance(grad_position, int)
        self.weights, self.single_weight = _check_weights(weights)
        self.has_aux = has_aux
        self.return_ids = return_ids
        self.get_value = get_value
        self.sens_param = sens_param
        self.aux_tuple = True


# ---------------------------------------------------------------------------- the core
def _is_diff_leaf(x):
    return isinstance(x, Tensor)


def _prepare_input(x):
    """(primal array, original dtype) for a differentiated Tensor input; ints go to Float32."""
    a = x._array()
    if a.dtype.kind in "biu":
        return a.astype(_F32), a.dtype
    return a, a.dtype


def _cotangent(leaf, sens=None):
    if leaf.dtype.kind in "biu" or leaf.dtype == jax.dtypes.float0:
        return np.zeros(leaf.shape, jax.dtypes.float0)
    if sens is None:
        return jnp.ones(leaf.shape, leaf.dtype)
    return jnp.broadcast_to(jnp.asarray(sens, leaf.dtype), leaf.shape)


def _outputs_to_arrays(out, where):
    """The function's output as a pytree whose leaves are arrays (Tensors are pytree nodes);
    anything that is not a Tensor is a constant: MindSpore gives zero gradients for it."""
    if isinstance(out, Tensor):
        return out
    if isinstance(out, tuple):
        return tuple(_outputs_to_arrays(o, where) for o in out)
    if isinstance(out, list) and any(isinstance(o, Tensor) for o in out):
        return [_outputs_to_arrays(o, where) for o in out]
    if isinstance(out, dict) and any(isinstance(o, Tensor) for o in out.values()):
        return {k: _outputs_to_arrays(v, where) for k, v in out.items()}
    return _Const(out)


class _Const:
    """A non-Tensor output leaf (Python number): passes through, gets no cotangent."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


jax.tree_util.register_pytree_node(_Const, lambda c: ((), c.value), lambda v, _: _Const(v))


def _restore_consts(tree):
    if isinstance(tree, _Const):
        return tree.value
    if isinstance(tree, (tuple, list)):
        return type(tree)(_restore_consts(t) for t in tree)
    if isinstance(tree, dict):
        return {k: _restore_consts(v) for k, v in tree.items()}
    return tree


def _sens_tree(diff_out, sens):
    """Cotangent pytree for the differentiated outputs: ones, or the user's sens."""
    if sens is None:
        return jax.tree.map(_cotangent, diff_out)
    sens_arrays = jax.tree.map(lambda s: s, sens)
    try:
        return jax.tree.map(
            lambda leaf, s: _cotangent(leaf, s) if leaf.dtype.kind == "f" else _cotangent(leaf),
            diff_out, sens_arrays)
    except ValueError:
        leaves = jax.tree.leaves(diff_out)
        sleaves = jax.tree.leaves(sens_arrays)
        if len(leaves) == 1 and len(sleaves) == 1:
            return jax.tree.unflatten(jax.tree.structure(diff_out),
                                      [_check_sens(leaves[0], sleaves[0])])
        raise ValueError("For 'GradOperation', the structure of 'sens' must match the output of "
                         "the function.") from None


def _check_sens(leaf, s):
    s = jnp.asarray(s)
    if s.shape != leaf.shape:
        raise ValueError(f"For 'GradOperation', the shape of 'sens' {tuple(s.shape)} must be the "
                         f"same as the shape of the output {tuple(leaf.shape)}.")
    return s.astype(leaf.dtype)


def grad_call(fn, spec: GradSpec, args, kwargs, where="F.grad"):
    """Run ``fn(*args, **kwargs)`` under ``jax.vjp`` and return MindSpore's result structure."""
    sens = None
    if spec.sens_param:
        if not args:
            raise TypeError("For 'GradOperation', 'sens_param' is True, so the last input must "
                            "be the sens (gradient of the output), but no input was given.")
        *args, sens = args
        sens = jax.tree.map(lambda t: t, sens)
    args = list(args)

    # inputs to differentiate
    positions = spec.positions
    diff_pos, diff_primals, diff_dtypes = [], [], []
    if positions is not None:
        for p in positions:
            if p >= len(args):
                raise RuntimeError(f"Position index {p} is exceed input size.")
            a = args[p]
            if _is_diff_leaf(a):
                primal, dt = _prepare_input(a)
                diff_pos.append(p)
                diff_primals.append(primal)
                diff_dtypes.append(dt)

    # weights: Parameters that require grad are bound; the rest get zeros
    weights = spec.weights or []
    # PyNative gives a requires_grad=False weight zeros; GRAPH mode (ms.jit) its true gradient.
    graph = _context.in_graph_call() and not in_auto_trace()
    bound = [w for w in weights if isinstance(w, Parameter) and (w.requires_grad or graph)]
    seen, bound_unique = set(), []
    for w in bound:
        if id(w) not in seen:
            seen.add(id(w))
            bound_unique.append(w)
    weight_primals = [state.read(w) for w in bound_unique]

    has_aux = spec.has_aux

    def pure(diff_vals, weight_vals):
        call_args = list(args)
        for p, v, dt in zip(diff_pos, diff_vals, diff_dtypes):
            call_args[p] = Tensor._wrap(v)
        with state.bind(bound_unique, weight_vals, kind="grad") as frame:
            out = fn(*call_args, **kwargs)
        out = _outputs_to_arrays(out, where)
        if has_aux:
            if not isinstance(out, (tuple, list)) or len(out) < 2:
                raise ValueError("When has_aux is True, origin fn requires more than one outputs.")
            diff_out = out[0]
        else:
            diff_out = out
        written[:] = frame.written_params()  # Python objects: kept out of the pytree
        written_vals = [jax.lax.stop_gradient(v) for v in frame.written_values()]
        return diff_out, (out, written_vals)

    written = []
    diff_out, vjp_fn, (out, written_vals) = jax.vjp(
        pure, diff_primals, weight_primals, has_aux=True)
    if has_aux and sens is not None and isinstance(sens, (tuple, list)) and len(sens) > 1:
        sens = sens[0]
    cot = _sens_tree(diff_out, sens)
    g_inputs, g_weights = vjp_fn(cot)
    state.commit(written, written_vals)

    grads = _assemble(spec, args, diff_pos, g_inputs, diff_dtypes, weights, bound_unique,
                      g_weights)
    out = _restore_consts(out)
    if spec.get_value:
        return out, grads
    if has_aux:
        return grads, tuple(stop_gradient(o) for o in out[1:])
    return grads


def _assemble(spec, args, diff_pos, g_inputs, diff_dtypes, weights, bound, g_weights):
    wrap = Tensor._wrap
    input_grads = None
    if spec.positions is not None:
        gs = []
        for p, g, dt in zip(diff_pos, g_inputs, diff_dtypes):
            g = g if g.dtype == dt else g.astype(dt)
            gs.append((p, wrap(g)) if spec.return_ids else wrap(g))
        input_grads = gs[0] if len(gs) == 1 else tuple(gs)
    if spec.weights is None:
        return input_grads
    by_id = {id(w): g for w, g in zip(bound, g_weights)}
    wg = []
    for w in weights:
        g = by_id.get(id(w)) if isinstance(w, Parameter) else None
        g = wrap(g) if g is not None else wrap(jnp.zeros(w.shape, w._array().dtype))
        wg.append((w.name, g) if spec.return_ids and isinstance(w, Parameter) else g)
    weight_grads = wg[0] if spec.single_weight else tuple(wg)
    if spec.positions is None:
        return weight_grads
    return input_grads, weight_grads


# ---------------------------------------------------------------------------- public forms
def _check_fn(fn, where):
    if not callable(fn):
        raise TypeError(f"For '{where}', the argument 'fn' must be callable, but got "
                        f"{type(fn).__name__}.")


def grad(fn, grad_position=0, weights=None, has_aux=False, return_ids=False):
    """``mindspore.grad``: a function returning the gradients of ``fn`` (see module docstring)."""
    spec = GradSpec(grad_position, weights, has_aux, return_ids)

    def impl(*args, **kwargs):
        _check_fn(fn, "grad")  # MindSpore accepts any fn here and fails at the call
        return grad_call(fn, spec, args, kwargs, "grad")

    compiled = CompiledEager(impl)

    def grad_fn(*args, **kwargs):
        return compiled(*args, **kwargs)

    grad_fn.__wrapped__ = fn
    return grad_fn


def value_and_grad(fn, grad_position=0, weights=None, has_aux=False, return_ids=False):
    """``mindspore.value_and_grad``: ``(fn's raw output, gradients)``."""
    spec = GradSpec(grad_position, weights, has_aux, return_ids, get_value=True)

    def impl(*args, **kwargs):
        _check_fn(fn, "value_and_grad")
        return grad_call(fn, spec, args, kwargs, "value_and_grad")

    compiled = CompiledEager(impl)

    def value_and_grad_fn(*args, **kwargs):
        return compiled(*args, **kwargs)

    value_and_grad_fn.__wrapped__ = fn
    return value_and_grad_fn
