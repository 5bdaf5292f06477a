"""Gradient hooks: ``Tensor.register_hook``, ``ops.HookBackward`` and Cell backward hooks.

Every hook is an identity in the forward pass whose backward (a ``jax.custom_vjp``) hands the
gradient to user code, which may read it (print) and replace it. MindSpore 2.10 rules, each
checked on it (CPU):

``Tensor.register_hook(hook)``
  ``hook(grad) -> Tensor | None``; several hooks run in registration order, each seeing the
  previous one's result; the returned gradient is cast to the Tensor's dtype; a non-Tensor
  return raises ``RuntimeError: Tensor hook should be return Tensor, but get type: tuple.``;
  ``handle.remove()`` unregisters. A hook on a Tensor created outside the differentiated function
  (an input, a Parameter) applies when that Tensor is differentiated; a hook on a Tensor computed
  inside applies to the gradient flowing through the uses *after* registration (MindSpore also
  counts uses before it — documented difference). Works in PyNative and under ``ms.jit``.
``ops.HookBackward(hook_fn)``
  identity on its inputs (one input: bare Tensor, several: tuple); ``hook_fn(grads_tuple)`` may
  return a replacement (a Tensor for one input, or a tuple); checked for count, shape and dtype.
  Under ``ms.jit``/GRAPH mode MindSpore ignores it (the hook is never called) — so do we.
``Cell.register_backward_pre_hook(fn(cell, grad_output))`` / ``register_backward_hook(fn(cell,
grad_input, grad_output))``
  the Cell's inputs and outputs are wrapped (as MindSpore's ``CellBackwardHook`` does): in the
  backward pass the output gradients reach the pre-hooks first (which may replace them), then the
  gradients of the inputs reach the backward hooks (which may replace them). An input that is not
  being differentiated shows as ``None`` in ``grad_input``. Both work in PyNative and under jit.
"""
from __future__ import annotations

import itertools
import threading
import weakref
from collections import OrderedDict
from contextlib import contextmanager

import jax
import numpy as np

from . import context as _context
from .ad_util import ms_dtype_name, shape_vec
from .eager_cache import in_auto_trace
from .parameter import Parameter
from .tensor import Tensor

__all__ = ["tensor_register_hook", "apply_leaf_hooks", "hook_backward_call",
           "wrap_cell_backward_inputs", "apply_cell_backward_hooks", "check_hook_fn"]

_ids = itertools.count(1)


def check_hook_fn(hook):
    if not callable(hook):
        raise TypeError(f"Expected a callable hook function, but got {type(hook).__name__}.")


_tls = threading.local()


@contextmanager
def graph_transform():
    """Marks a transform MindSpore compiles (jvp, jacfwd, jacrev, vmap): HookBackward is off."""
    _tls.depth = getattr(_tls, "depth", 0) + 1
    try:
        yield
    finally:
        _tls.depth -= 1


def _graph_semantics() -> bool:
    if getattr(_tls, "depth", 0) > 0:
        return True
    return _context.in_graph_call() and not in_auto_trace()


class _IdWeakMap:
    """Object -> value, keyed by identity (Tensors compare element-wise, so no WeakKeyDictionary);
    an entry disappears with its key object."""

    def __init__(self):
        self._data = {}

    def get(self, obj, default=None):
        entry = self._data.get(id(obj))
        if entry is None or entry[0]() is not obj:
            return default
        return entry[1]

    def __setitem__(self, obj, value):
        key = id(obj)
        data = self._data

        def drop(_ref, key=key):
            entry = data.get(key)
            if entry is not None and entry[0] is _ref:
                del data[key]

        data[key] = (weakref.ref(obj, drop), value)

    def __contains__(self, obj):
        return self.get(obj, _MISSING) is not _MISSING

    def __bool__(self):
        return bool(self._data)


_MISSING = object()


def _is_traced(x) -> bool:
    return isinstance(x, jax.core.Tracer)


def _is_differentiated(x) -> bool:
    """Whether ``x`` is being differentiated by an enclosing reverse/forward transform."""
    from jax._src.interpreters import ad, batching  # private: tracer kinds
    while isinstance(x, jax.core.Tracer):
        if isinstance(x, (ad.JVPTracer, getattr(ad, "LinearizeTracer", ad.JVPTracer))):
            return True
        if isinstance(x, batching.BatchTracer):
            x = x.val
            continue
        return False
    return False


def _identity_vjp(bwd_fn):
    """``f(*arrays) -> arrays`` (identity) whose backward is ``bwd_fn(tuple_of_grads)``.

    Built inside a compiled (GRAPH-mode) function, the user code in ``bwd_fn`` prints as GRAPH
    mode prints (at run time, MindSpore's graph format), even when the backward pass is traced
    after the forward function returned (``ms.grad`` of an ``ms.jit`` function)."""
    if _graph_semantics():
        inner = bwd_fn

        def bwd_fn(gs):
            from .jit import _patched_print
            with _patched_print():
                return inner(gs)

    @jax.custom_vjp
    def ident(*xs):
        return xs

    def fwd(*xs):
        return xs, None

    def bwd(_, gs):
        return tuple(bwd_fn(tuple(gs)))

    ident.defvjp(fwd, bwd)
    return ident


def _float_grad(g) -> bool:
    return g.dtype != jax.dtypes.float0


# ----------------------------------------------------------------------------- Tensor hooks
_tensor_hooks = _IdWeakMap()  # Tensor -> OrderedDict(handle id -> hook)
_raw_values = _IdWeakMap()    # traced Tensor -> its array before hooks


class TensorHookHandle:
    """Returned by ``Tensor.register_hook``; ``remove()`` unregisters the hook."""

    def __init__(self, tensor, hid):
        self._tensor = weakref.ref(tensor)
        self.handle_id = hid

    def remove(self):
        t = self._tensor()
        if t is None:
            return
        table = _tensor_hooks.get(t)
        if table is not None and table.pop(self.handle_id, None) is not None:
            _refresh(t)


def _run_tensor_hooks(hooks, g):
    if not _float_grad(g):
        return g
    t = Tensor._wrap(g)
    for hook in hooks:
        r = hook(t)
        if r is None:
            continue
        if not isinstance(r, Tensor):
            raise RuntimeError(f"Tensor hook should be return Tensor, but get type: "
                               f"{type(r).__name__}.")
        ra = r._array()
        if tuple(ra.shape) != tuple(g.shape):
            raise ValueError(f"For 'register_hook', the gradient returned by the hook must have "
                             f"the Tensor's shape {list(g.shape)}, but got {list(ra.shape)}.")
        t = Tensor._wrap(ra.astype(g.dtype) if ra.dtype != g.dtype else ra)
    return t._array()


def _hooked(value, hooks):
    ident = _identity_vjp(lambda gs: (_run_tensor_hooks(hooks, gs[0]),))
    return ident(value)[0]


def apply_leaf_hooks(tensor, value):
    """``value`` (the array a transform differentiates for ``tensor``) routed through the hooks
    registered on ``tensor``; unchanged when it has none."""
    if not _tensor_hooks or not isinstance(tensor, Tensor):
        return value
    table = _tensor_hooks.get(tensor)
    if not table:
        return value
    return _hooked(value, tuple(table.values()))


def _refresh(tensor):
    """Re-attach the hooks of a Tensor computed inside a transform to its traced value."""
    if isinstance(tensor, Parameter):
        return  # applied where a transform binds it (apply_leaf_hooks)
    raw = _raw_values.get(tensor)
    if raw is None:
        raw = tensor._data
        if not _is_traced(raw):
            return  # a concrete Tensor: applied when a transform differentiates it
        _raw_values[tensor] = raw
    hooks = tuple(_tensor_hooks.get(tensor, {}).values())
    tensor._data = _hooked(raw, hooks) if hooks else raw


def tensor_register_hook(tensor, hook):
    """``Tensor.register_hook``: see the module docstring."""
    check_hook_fn(hook)
    table = _tensor_hooks.get(tensor)
    if table is None:
        table = _tensor_hooks[tensor] = OrderedDict()
    hid = next(_ids)
    table[hid] = hook
    _refresh(tensor)
    return TensorHookHandle(tensor, hid)


# ----------------------------------------------------------------------------- HookBackward
def _fn_name(fn):
    return getattr(fn, "__name__", type(fn).__name__)


def _type_text(arr):
    return f"Tensor shape:[{shape_vec(arr.shape)}]{ms_dtype_name(arr.dtype)}"


def _check_like(name, got, expected):
    """MindSpore's check of a replacement gradient against the original (shape and dtype)."""
    ga = got._array() if isinstance(got, Tensor) else np.asarray(got)
    if tuple(ga.shape) != tuple(expected.shape) or ga.dtype != expected.dtype:
        raise ValueError(f"The output type of function: {name} is not consistent with the "
                         f"expected, it should be {_type_text(expected)}, but got "
                         f"{_type_text(ga)}")
    return ga


def hook_backward_call(hook_fn, inputs, kwargs):
    """``ops.HookBackward(hook_fn)(*inputs)``."""
    if kwargs:
        raise TypeError(f"Primitive.__call__() got an unexpected keyword argument "
                        f"'{next(iter(kwargs))}'")
    if _graph_semantics() or not inputs:
        return inputs[0] if len(inputs) == 1 else tuple(inputs)
    name = _fn_name(hook_fn)
    n = len(inputs)

    def bwd(gs):
        grads = tuple(Tensor._wrap(g) for g in gs)
        r = hook_fn(grads)
        if r is None:
            return gs
        if isinstance(r, Tensor):
            if n != 1:
                raise TypeError("The output gradient should be a tuple!")
            r = (r,)
        if not isinstance(r, (tuple, list)):
            raise TypeError(f"The output type of function: {name} should be a tensor or tuple, "
                            f"but got {type(r).__name__}.")
        if len(r) != n:
            if n == 1:
                raise TypeError(f"The output type of function: {name} should be a tensor but "
                                f"got tuple.")
            raise TypeError("The output gradient should be a tuple!")
        return tuple(_check_like(name, ri, g) for ri, g in zip(r, gs))

    arrays = tuple(t._array() if isinstance(t, Tensor) else t for t in inputs)
    outs = _identity_vjp(bwd)(*arrays)
    res = tuple(Tensor._wrap(o) for o in outs)
    return res[0] if n == 1 else res


# ----------------------------------------------------------------------------- Cell hooks
class _CellRecord:
    """Links the input and output wrappers of one Cell call."""

    __slots__ = ("grad_output", "inputs")

    def __init__(self):
        self.grad_output = None
        self.inputs = None  # (count, shapes) when no input is differentiated: hooks run at output


_pending = _IdWeakMap()  # Cell -> stack of (args tuple, record)


def _tensor_positions(items):
    return [i for i, a in enumerate(items) if isinstance(a, Tensor)]


def wrap_cell_backward_inputs(cell, args):
    """Called by ``Cell`` before ``construct`` when backward hooks are registered: the Tensor
    inputs go through an identity whose backward runs the backward hooks."""
    record = _CellRecord()
    args = tuple(args)
    pos = _tensor_positions(args)
    arrays = tuple(args[i]._array() for i in pos)
    mask = [_is_differentiated(a) for a in arrays]
    if cell._backward_hooks and any(mask):

        def bwd(gs):
            gi = tuple(Tensor._wrap(g) if m else None for g, m in zip(gs, mask))
            go = record.grad_output if record.grad_output is not None else ()
            gi = _run_backward_hooks(cell, gi, go, gs)
            return tuple(g if gi_ is None else gi_._array() for gi_, g in zip(gi, gs))

        outs = _identity_vjp(bwd)(*arrays)
        args = list(args)
        for i, o in zip(pos, outs):
            args[i] = Tensor._wrap(o)
        args = tuple(args)
    elif cell._backward_hooks:
        record.inputs = len(pos)  # nothing to differentiate: grad_input is all None
    stack = _pending.get(cell)
    if stack is None:
        stack = []
        _pending[cell] = stack
    stack.append((args, record))
    return args


def _run_backward_hooks(cell, gi, go, gs):
    """Run ``hook(cell, grad_input, grad_output)`` for each backward hook; returns grad_input."""
    for hook in list(cell._backward_hooks.values()):
        r = hook(cell, gi, go)
        if r is None:
            continue
        if isinstance(r, Tensor):
            r = (r,)
        if len(r) != len(gi):
            raise TypeError(f"The backward hook return value size is {len(r)} not equal "
                            f"to expect grad input size {len(gi)}")
        gi = tuple(None if ri is None or g is None else
                   Tensor._wrap(_check_like("hook_backward_grad", ri, g))
                   for ri, g in zip(r, gs))
    return gi


def _take_record(cell, args):
    stack = _pending.get(cell)
    while stack:
        a, rec = stack.pop()
        if a is args:
            return rec
    return _CellRecord()


def apply_cell_backward_hooks(cell, args, out):
    """Called by ``Cell`` after ``construct`` and the forward hooks: the output goes through an
    identity whose backward runs the backward pre-hooks and records the output gradients for the
    backward hooks of the same call."""
    record = _take_record(cell, args)
    leaves, treedef = jax.tree.flatten(out, is_leaf=lambda x: isinstance(x, Tensor))
    pos = _tensor_positions(leaves)
    if not pos:
        return out
    arrays = tuple(leaves[i]._array() for i in pos)
    pre_hooks = list(cell._backward_pre_hooks.values())

    def bwd(gs):
        go = tuple(Tensor._wrap(g) for g in gs)
        for hook in pre_hooks:
            r = hook(cell, go)
            if r is None:
                continue
            if isinstance(r, Tensor):
                r = (r,)
            if len(r) != len(go):
                raise TypeError(f"The backward pre hook return value size is {len(r)} not equal "
                                f"to expect output size {len(go)}")
            go = tuple(Tensor._wrap(_check_like("hook_backward_pre_grad", ri, g))
                       for ri, g in zip(r, gs))
        record.grad_output = go
        if record.inputs is not None:  # no differentiated input: the backward hooks run here
            _run_backward_hooks(cell, (None,) * record.inputs, go, (None,) * record.inputs)
        return tuple(t._array() for t in go)

    outs = _identity_vjp(bwd)(*arrays)
    leaves = list(leaves)
    for i, o in zip(pos, outs):
        leaves[i] = Tensor._wrap(o)
    return jax.tree.unflatten(treedef, leaves)
