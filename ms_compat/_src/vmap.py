"""``ops.vmap(fn, in_axes=0, out_axes=0)`` on ``jax.vmap`` with MindSpore 2.10's rules.

* ``in_axes``: an int/None for every argument, or a tuple/list with one entry per argument, each
  an int, None, or (for a tuple/list argument) a nested tuple/list; a dict argument cannot be
  batched (MindSpore 2.10 rejects it: ``RuntimeError: The orig_abs should be AbstractTensor when
  corresponding axis is 0, but got a AbstractDictionary...``), nor can a Python scalar;
* a single ``None`` or all-``None`` ``in_axes`` is an error unless ``fn`` is a ``CellList``
  (model ensembling: the Cells' Parameters are stacked and batched along axis 0);
* Parameters read by ``fn`` are broadcast (not batched); Parameters it writes must not depend on
  the batch and are written once after the call (``_src/state.py``);
* outputs: Tensors, or constants (Python numbers), which are broadcast to the batch (an int to
  Int64, a float to Float32) unless their ``out_axes`` entry is None; an output that does not
  depend on the batch is broadcast for an int axis and returned as is for None; a batched output
  with ``out_axes`` None raises ``RuntimeError: It is invalid that source is not None and dst is
  None.``;
* keyword arguments are rejected (``RuntimeError: Got an unexpected keyword argument 'c'``).
Every other error (axis out of bounds, different batch sizes, structure mismatch, wrong axis
types, wrong number of arguments) has MindSpore's exception type and first line.
"""
from __future__ import annotations

import inspect

import jax
import jax.numpy as jnp
import numpy as np

from . import ad_util
from . import hooks as _hooks
from . import state
from .eager_cache import CompiledEager
from .tensor import Tensor

__all__ = ["vmap"]

_SCALAR_TYPES = ((bool, "Bool"), (int, "Int64"), (float, "Float32"))
_CONST_DTYPES = ((bool, np.bool_), (int, np.int64), (float, np.float32))


def _abstract(v) -> str:
    """MindSpore's abstract-value text for a Python value, as printed in its vmap errors."""
    for t, name in _SCALAR_TYPES:
        if isinstance(v, t):
            if isinstance(v, bool):
                val = "true" if v else "false"
            elif isinstance(v, float) and v.is_integer():
                val = str(int(v))
            else:
                val = str(v)
            return f"AbstractScalar(Type: {name}, Value: {val}, Shape: NoShape)"
    if v is None:
        return "AbstractNone(Value: None)"
    if isinstance(v, dict):
        return "AbstractDictionary{...}"
    if isinstance(v, Tensor):
        return f"AbstractTensor(shape: {tuple(v.shape)}, dtype: {v.dtype})"
    return f"AbstractObject({type(v).__name__})"


class _Slot:
    """Placeholder for a batched Tensor leaf of the arguments."""

    __slots__ = ("index",)

    def __init__(self, index):
        self.index = index


def _check_axis(ax, what):
    if isinstance(ax, bool) or isinstance(ax, float) or isinstance(ax, complex) or isinstance(ax, str):
        raise RuntimeError(f"The axis in vmap`s '{what}' can only be of type Int or None, but got "
                           f"{_abstract(ax)}.")
    if ax is not None and not isinstance(ax, (int, tuple, list)):
        raise RuntimeError(f"The axis in vmap's '{what}' should be a None or a scalar of type "
                           f"Int64Imm, but got a {ax!r}.")


def _split(x, ax, leaves, axes):
    """Template of argument ``x`` with its batched Tensors replaced by :class:`_Slot`."""
    _check_axis(ax, "in_axes")
    if ax is None:
        return x
    if isinstance(ax, (tuple, list)):
        if not isinstance(x, (tuple, list)):
            raise RuntimeError(f"The axis in vmap's 'in_axes' should be a None or a scalar of "
                               f"type Int64Imm, but got a {tuple(ax)!r}.")
        return type(x)(_split(xi, ax[i] if i < len(ax) else None, leaves, axes)
                       for i, xi in enumerate(x))
    if isinstance(x, Tensor):
        nd = x.ndim
        if not -nd <= ax < nd:
            raise RuntimeError(f"The axis: {ax} in 'in_axes' is out of bounds for array of "
                               f"dimension [{-nd},{nd}).")
        leaves.append(x._array())
        axes.append(ax % nd)
        return _Slot(len(leaves) - 1)
    if isinstance(x, (tuple, list)):
        return type(x)(_split(xi, ax, leaves, axes) for xi in x)
    tip = ""
    if not isinstance(x, dict):
        tip = (f" Tip: Please check the correspondence between vmap's 'in_axes' and inputs. You "
               f"may want to explicitly specify the 'in_axes' corresponding to {_abstract(x)} as "
               f"'None' to solve this problem.")
    raise RuntimeError(f"The orig_abs should be AbstractTensor when corresponding axis is {ax}, "
                       f"but got a {_abstract(x)}.{tip}")


def _fill(template, leaves):
    if isinstance(template, _Slot):
        return Tensor._wrap(leaves[template.index])
    if isinstance(template, (tuple, list)):
        return type(template)(_fill(t, leaves) for t in template)
    return template


def _arg_axes(in_axes, n):
    if in_axes is None:
        raise RuntimeError("The 'in_axes' of 'vmap' cannot be a single None while 'fn' is not a "
                           "'CellList'.")
    if isinstance(in_axes, (tuple, list)):
        if len(in_axes) != n:
            raise RuntimeError(f"When vmap`s 'in_axes' is a tuple or list, and its size must be "
                               f"equal to the number of arguments of 'fn': {n}, but got size: "
                               f"{len(in_axes)}.")
        return list(in_axes)
    _check_axis(in_axes, "in_axes")
    return [in_axes] * n


def _check_arity(fn, n):
    target = getattr(fn, "construct", fn)
    try:
        params = list(inspect.signature(target).parameters.values())
    except (TypeError, ValueError):
        return
    if any(p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in params):
        return
    positional = [p for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    required = [p for p in positional if p.default is p.empty]
    if n > len(positional) or n < len(required):
        raise TypeError(f"The parameters number of the function is {len(positional)}, but the "
                        f"number of provided arguments is {n}.")


def _out_axes_tree(out, axes, top=True):
    """Parallel tree of out axes for the output ``out`` (Tensors/Consts in tuples/lists)."""
    if isinstance(axes, (tuple, list)):
        if isinstance(out, (tuple, list)):
            if len(axes) != len(out):
                raise RuntimeError(f"The size of vmap's 'out_axes' should be equal to the number "
                                   f"of results of 'fn': {len(out)}, but got size: {len(axes)}.")
            return type(out)(_out_axes_tree(o, a, False) for o, a in zip(out, axes))
        if len(axes) != 1:
            raise RuntimeError(f"The size of vmap's 'out_axes' should be equal to the result "
                               f"size: 1, but got size: {len(axes)}.")
        return _out_axes_tree(out, axes[0], False)
    _check_axis(axes, "out_axes")
    if isinstance(out, (tuple, list)):
        return type(out)(_out_axes_tree(o, axes, False) for o in out)
    return axes


def _check_outputs(out):
    if isinstance(out, (dict, ad_util.OrderedOut)):
        raise RuntimeError("The outputs of vmap's 'fn' should be consisting of tensors or "
                           "constants, but got AbstractDictionary{...}.")
    if isinstance(out, (tuple, list)):
        for o in out:
            _check_outputs(o)
        return
    if isinstance(out, ad_util.Const):
        v = out.value
        if not isinstance(v, (bool, int, float)):
            raise RuntimeError(f"The outputs of vmap's 'fn' should be consisting of tensors or "
                               f"constants, but got {_abstract(v)}.")


def _place(res, batched, ax, size):
    """Final value of one output leaf (``res``: vmapped with out axis 0)."""
    if ax is None:
        if batched:
            raise RuntimeError("It is invalid that source is not None and dst is None.")
        return res[0] if size else res
    nd = res.ndim
    if not -nd <= ax < nd:
        raise RuntimeError(f"The axis: {ax} in 'out_axes' is out of bounds for array of dimension "
                           f"[{-nd},{nd}).")
    return jnp.moveaxis(res, 0, ax) if ax % nd else res


def _assemble(out, axes, arrays, flags, size, counter):
    if isinstance(out, (tuple, list)):
        return type(out)(_assemble(o, a, arrays, flags, size, counter) for o, a in zip(out, axes))
    if isinstance(out, ad_util.Const):
        if axes is None:
            return out.value
        dt = next(d for t, d in _CONST_DTYPES if isinstance(out.value, t))
        return Tensor._wrap(_place(jnp.full((size,), out.value, dt), False, axes, size))
    i = counter[0]
    counter[0] += 1
    return Tensor._wrap(_place(arrays[i], flags[i], axes, size))


def _cell_list_cells(fn):
    return list(fn) if type(fn).__name__ == "CellList" else None


def vmap(fn, in_axes=0, out_axes=0):
    """``mindspore.ops.vmap``: see the module docstring."""
    def after_vmap(*args, **kwargs):
        if kwargs:
            raise RuntimeError(f"Got an unexpected keyword argument '{next(iter(kwargs))}'")
        if not callable(fn) and _cell_list_cells(fn) is None:
            raise RuntimeError(f"'VmapOperation' arg0 must be a 'Function' or 'Cell', but got "
                               f"{_abstract(fn)}.")
        cells = _cell_list_cells(fn)
        if cells is None:
            _check_arity(fn, len(args))
        axes_in = [None] * len(args) if (cells is not None and in_axes is None) \
            else _arg_axes(in_axes, len(args))
        leaves, axes = [], []
        templates = [_split(a, ax, leaves, axes) for a, ax in zip(args, axes_in)]
        if out_axes is None and cells is None:
            raise RuntimeError("The 'out_axes' of 'vmap' cannot be a single None while 'fn' is "
                               "not a 'CellList'.")
        ens_params, ens_vals = [], []
        if cells is not None:
            ens_params = list(cells[0].get_parameters())
            per_cell = [list(c.get_parameters()) for c in cells]
            ens_vals = [jnp.stack([state.read(ps[i]) for ps in per_cell])
                        for i in range(len(ens_params))]
        elif not leaves:
            raise RuntimeError(f"The 'in_axes' of 'vmap' cannot be all None while 'fn' is not a "
                               f"'CellList', but got {tuple(in_axes)!r}.")
        sizes = [a.shape[ax] for a, ax in zip(leaves, axes)] + ([len(cells)] if cells else [])
        for s in sizes[1:]:
            if s != sizes[0]:
                raise RuntimeError(f"The 'axis_size' of each argument in the scope of 'vmap' "
                                   f"should be equal, but got {sizes[0]} and {s}.")
        size = sizes[0]
        box = {}

        def pure(batched_leaves, ens):
            call_args = [_fill(t, batched_leaves) for t in templates]
            target = cells[0] if cells is not None else fn
            with state.bind(ens_params, ens, kind="vmap") as frame:
                out = ad_util.outputs_to_arrays(target(*call_args))
            _check_outputs(out)
            arrays, _ = jax.tree.flatten(out)
            trace = next((x._trace for x in list(batched_leaves) + list(ens)
                          if isinstance(x, jax.core.Tracer)), None)
            written = frame.written_values()
            box["out"] = out
            box["flags"] = [getattr(a, "_trace", None) is trace for a in arrays]
            box["written"] = frame.written_params()
            box["wflags"] = [getattr(a, "_trace", None) is trace for a in written]
            return arrays, [jax.lax.stop_gradient(w) for w in written]

        with _hooks.graph_transform():  # MindSpore compiles vmap: HookBackward is inactive
            arrays, written_vals = jax.vmap(pure, in_axes=(axes, 0), out_axes=0)(leaves, ens_vals)
        out = box["out"]
        if any(box["wflags"]):
            raise RuntimeError("For 'vmap', a Parameter written inside 'fn' must not depend on "
                               "the batched inputs.")
        state.commit(box["written"], [w[0] for w in written_vals])
        axes_tree = _out_axes_tree(out, out_axes)
        return _assemble(out, axes_tree, arrays, box["flags"], size, [0])

    compiled = CompiledEager(after_vmap)  # repeated calls run compiled (lifted Parameters)

    def vmap_fn(*args, **kwargs):
        return compiled(*args, **kwargs)

    return vmap_fn
