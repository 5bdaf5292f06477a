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
    are bound by ``_src/state.py`` and written back after the call, without gradient;
  * ``sens_param=True`` (``grad``/``value_and_grad``/``GradOperation``): the last positional
    argument is the cotangent of the output(s), checked as MindSpore does (``ad_util.cotangent``);
  * gradient hooks registered on a differentiated input or weight (``Tensor.register_hook``) see
    and may replace its gradient (``_src/hooks.py``).

``GradOperation`` (``_src/grad_operation.py``), ``vjp``/``jvp`` (``_src/functional_ad.py``),
``jacfwd``/``jacrev`` (``_src/jacobian.py``), ``vmap`` (``_src/vmap.py``), custom ``Cell.bprop``
(``_src/bprop.py``) and hooks (``_src/hooks.py``) are built on the same pieces.
"""
from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np

from . import ad_util
from . import context as _context
from . import state
from .eager_cache import CompiledEager, in_auto_trace
from .parameter import Parameter, ParameterTuple
from .tensor import Tensor

__all__ = ["GradSpec", "grad", "value_and_grad", "grad_call", "stop_gradient", "call_with_bprop",
           "weight_gradients"]


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
    """What to differentiate and how to shape the result (one per grad/value_and_grad object).

    ``all_positions``: every positional input (``GradOperation(get_all=True)``), always a tuple;
    ``auto_weights``: the Parameters the function reads (``GradOperation(get_by_list=True)``
    without weights); ``lenient``: a position past the inputs is skipped instead of raising (the
    function's own argument error surfaces, as with GradOperation).
    """

    __slots__ = ("positions", "single_position", "weights", "single_weight", "has_aux",
                 "return_ids", "get_value", "sens_param", "aux_tuple", "all_positions",
                 "auto_weights", "lenient")

    def __init__(self, grad_position=0, weights=None, has_aux=False, return_ids=False,
                 get_value=False, sens_param=False, check=True):
        if check and grad_position is None and weights is None:
            raise ValueError("`grad_position` and `weight` can not be None at the same time.")
        self.positions = _check_position(grad_position) if check else grad_position
        self.single_position = isinstance(grad_position, int)
        self.weights, self.single_weight = _check_weights(weights)
        self.has_aux = has_aux
        self.return_ids = return_ids
        self.get_value = get_value
        self.sens_param = sens_param
        self.aux_tuple = True
        self.all_positions = False
        self.auto_weights = False
        self.lenient = False

    @classmethod
    def for_grad_operation(cls, get_all, get_by_list, sens_param, weights):
        """MindSpore's GradOperation flags: default = first input (bare); ``get_all`` = all inputs
        (tuple); ``get_by_list`` = weights (tuple, or bare for a single Parameter, or every
        Parameter read when ``weights`` is None); both = ``(inputs, weights)``."""
        spec = cls(grad_position=None if get_all else (0 if not get_by_list else None),
                   weights=weights if get_by_list else None, sens_param=sens_param, check=False)
        if get_all:
            spec.all_positions = True
            spec.single_position = False
        elif not get_by_list:
            spec.positions = (0,)
            spec.single_position = True
        if get_by_list and weights is None:
            spec.auto_weights = True
            spec.weights, spec.single_weight = [], False
        spec.lenient = True
        return spec

    @property
    def wants_inputs(self):
        return self.positions is not None or self.all_positions

    @property
    def wants_weights(self):
        return self.weights is not None


# ---------------------------------------------------------------------------- the core
def _split_sens(spec, args):
    if not spec.sens_param:
        return args, None
    if not args:
        raise TypeError("For 'GradOperation', 'sens_param' is True, so the last input must "
                        "be the sens (gradient of the output), but no input was given.")
    return args[:-1], args[-1]


def _bound_weights(weights, graph):
    """Parameters to bind and differentiate: unique, ``requires_grad`` (PyNative) or all (GRAPH)."""
    seen, bound = set(), []
    for w in weights:
        if isinstance(w, Parameter) and (w.requires_grad or graph) and id(w) not in seen:
            seen.add(id(w))
            bound.append(w)
    return bound


class _Leaves:
    """The differentiated inputs of one call.

    PyNative MindSpore differentiates Tensor *objects*: the same Tensor passed at several
    positions is one leaf and every position gets its total gradient; a differentiated input that
    is also a differentiated weight shares the weight's gradient (checked on MindSpore 2.10; GRAPH
    mode treats positions separately). ``subst`` maps an argument position to the leaf whose
    traced value it receives: ``("in", k)`` (input leaf k) or ``("w", i)`` (bound weight i)."""

    def __init__(self, args, positions, bound, lenient, alias):
        self.primals, self.dtypes, self.objs = [], [], []
        self.grad_pos = {}
        by_obj = {}
        w_index = {id(w): i for i, w in enumerate(bound)} if alias else {}
        for p in positions or ():
            if p >= len(args):
                if lenient:
                    continue
                raise RuntimeError(f"Position index {p} is exceed input size.")
            a = args[p]
            if not isinstance(a, Tensor):
                continue  # non-Tensor inputs are not differentiated (dropped from the result)
            if id(a) in w_index:
                self.grad_pos[p] = ("w", w_index[id(a)])
                continue
            k = by_obj.get(id(a)) if alias else None
            if k is None:
                primal, dt = ad_util.prepare_input(a)
                k = len(self.primals)
                self.primals.append(primal)
                self.dtypes.append(dt)
                self.objs.append(a)
                by_obj[id(a)] = k
            self.grad_pos[p] = ("in", k)
        self.subst = dict(self.grad_pos)
        if alias:  # other positions holding a differentiated object see the same leaf
            for p, a in enumerate(args):
                if p not in self.subst and isinstance(a, Tensor) and id(a) in by_obj:
                    self.subst[p] = ("in", by_obj[id(a)])

    def call_args(self, args, in_vals, weight_vals):
        call = list(args)
        for p, (kind, k) in self.subst.items():
            call[p] = Tensor._wrap(in_vals[k] if kind == "in" else weight_vals[k])
        return call

    def input_grads(self, g_inputs, g_weights):
        """(position, gradient array) for every differentiated position, in order."""
        out = []
        for p, (kind, k) in self.grad_pos.items():
            g = ad_util.cast_grad(g_inputs[k], self.dtypes[k]) if kind == "in" else g_weights[k]
            out.append((p, g))
        return out


def has_aliases(args, spec):
    """Whether a Tensor object occurs twice among ``args``, or is also a weight (PyNative
    aliasing, see :class:`_Leaves`): such calls are not compiled, which would lose identity."""
    ids = [id(a) for a in args if isinstance(a, Tensor)]
    if len(ids) != len(set(ids)):
        return True
    if spec.auto_weights:
        return any(isinstance(a, Parameter) for a in args)
    return bool(spec.weights) and bool(set(ids) & {id(w) for w in spec.weights})


def grad_call(fn, spec: GradSpec, args, kwargs, where="F.grad"):
    """Run ``fn(*args, **kwargs)`` under ``jax.vjp`` and return MindSpore's result structure."""
    from . import hooks as _hooks  # lazy: hooks imports autodiff helpers

    args, sens = _split_sens(spec, tuple(args))
    args = list(args)
    # PyNative gives a requires_grad=False weight zeros; GRAPH mode (ms.jit) its true gradient.
    graph = _context.in_graph_call() and not in_auto_trace()
    weights = spec.weights or []
    if spec.auto_weights:
        weights = ad_util.discover_params(_graph_fn(fn) if graph else fn, args, kwargs)
    bound = _bound_weights(weights, graph)
    positions = tuple(range(len(args))) if spec.all_positions else spec.positions
    leaves = _Leaves(args, positions, bound, spec.lenient, alias=not graph)
    has_aux = spec.has_aux
    written = []

    def pure(diff_vals, weight_vals):
        in_vals = [_hooks.apply_leaf_hooks(o, v) for o, v in zip(leaves.objs, diff_vals)]
        weight_vals = [_hooks.apply_leaf_hooks(w, v) for w, v in zip(bound, weight_vals)]
        call_args = leaves.call_args(args, in_vals, weight_vals)
        with state.bind(bound, weight_vals, kind="grad") as frame:
            # converted inside the frame: a returned Parameter is its value at this point
            out = ad_util.outputs_to_arrays((_graph_fn(fn) if graph else fn)(*call_args, **kwargs))
        if has_aux:
            if not isinstance(out, (tuple, list)) or len(out) < 2:
                raise ValueError("When has_aux is True, origin fn requires more than one outputs.")
            diff_out = out[0]
        else:
            diff_out = out
        written[:] = frame.written_params()  # Python objects: kept out of the pytree
        written_vals = [jax.lax.stop_gradient(v) for v in frame.written_values()]
        return diff_out, (out, written_vals)

    diff_out, vjp_fn, (out, written_vals) = jax.vjp(
        pure, leaves.primals, [state.read(w) for w in bound], has_aux=True)
    if has_aux and sens is not None and isinstance(sens, (tuple, list)) and len(sens) > 1:
        sens = sens[0]
    cot = ad_util.ones_cotangent(diff_out) if sens is None else ad_util.cotangent(diff_out, sens)
    g_inputs, g_weights = vjp_fn(cot)
    state.commit(written, written_vals)

    grads = _assemble(spec, leaves.input_grads(g_inputs, g_weights), weights, bound, g_weights)
    out = ad_util.restore_consts(out)
    if spec.get_value:
        return out, grads
    if has_aux:
        return grads, tuple(stop_gradient(o) for o in out[1:])
    return grads


def _assemble(spec, input_grads, weights, bound, g_weights):
    wrap = Tensor._wrap
    in_res = None
    if spec.wants_inputs:
        gs = [(p, wrap(g)) if spec.return_ids else wrap(g) for p, g in input_grads]
        # a single gradient is bare (also for grad_position=(i,)); get_all always gives a tuple
        in_res = gs[0] if len(gs) == 1 and not spec.all_positions else tuple(gs)
    if not spec.wants_weights:
        return in_res
    weight_grads = weight_gradients(weights, bound, g_weights, spec.single_weight, spec.return_ids)
    if not spec.wants_inputs:
        return weight_grads
    return in_res, weight_grads


def weight_gradients(weights, bound, g_weights, single, return_ids=False):
    """Gradients for ``weights`` in order; weights not bound (unused, ``requires_grad=False``,
    plain Tensors) get zeros. A single Parameter gives a bare gradient, a sequence a tuple."""
    wrap = Tensor._wrap
    by_id = {id(w): g for w, g in zip(bound, g_weights)}
    wg = []
    for w in weights:
        g = by_id.get(id(w)) if isinstance(w, Parameter) else None
        g = wrap(g) if g is not None else wrap(jnp.zeros(w.shape, w._array().dtype))
        wg.append((w.name, g) if return_ids and isinstance(w, Parameter) else g)
    return wg[0] if single else tuple(wg)


def _graph_fn(fn):
    """GRAPH mode differentiates the converted function (control flow on Tensors, jit_ast)."""
    from .jit_ast import convert
    return convert(fn)


# ---------------------------------------------------------------------------- public forms
def _check_fn(fn, where):
    if not callable(fn):
        raise TypeError(f"For '{where}', the argument 'fn' must be callable, but got "
                        f"{type(fn).__name__}.")


def _compiled_grad(fn, spec, where):
    def impl(*args, **kwargs):
        _check_fn(fn, where)  # MindSpore accepts any fn here and fails at the call
        return grad_call(fn, spec, args, kwargs, where)

    compiled = CompiledEager(impl)

    def grad_fn(*args, **kwargs):
        if has_aliases(args, spec):  # object identity matters: a compiled call would lose it
            return impl(*args, **kwargs)
        return compiled(*args, **kwargs)

    grad_fn.__wrapped__ = fn
    return grad_fn


def grad(fn, grad_position=0, weights=None, has_aux=False, return_ids=False, sens_param=False):
    """``mindspore.grad``: a function returning the gradients of ``fn`` (see module docstring).
    With ``sens_param=True`` the last positional argument is the cotangent of the output."""
    spec = GradSpec(grad_position, weights, has_aux, return_ids, sens_param=sens_param)
    return _compiled_grad(fn, spec, "grad")


def value_and_grad(fn, grad_position=0, weights=None, has_aux=False, return_ids=False,
                   sens_param=False):
    """``mindspore.value_and_grad``: ``(fn's raw output, gradients)``."""
    spec = GradSpec(grad_position, weights, has_aux, return_ids, get_value=True,
                    sens_param=sens_param)
    return _compiled_grad(fn, spec, "value_and_grad")


def call_with_bprop(cell, args, kwargs):
    """Run a Cell that defines ``bprop`` (see ``_src/bprop.py``)."""
    from .bprop import call_with_bprop as _call  # lazy: bprop imports this module's helpers
    return _call(cell, args, kwargs)
