"""``mindspore.nn.Cell``: the mutable module object model.

Copied from MindSpore 2.10 (each rule checked on it):
  * ``Cell.__setattr__`` registers Parameters (in ``_params``), sub-Cells (``_cells``) and
    ParameterTuples; plain Python lists/dicts of Cells or Parameters are *not* registered;
  * an unnamed Parameter takes the attribute name; an explicit name is kept only while the Cell is
    top level: adopting a Cell as a child renames all its Parameters in place to the attribute
    path (``inner.v``), recursively as the tree grows;
  * assigning a Tensor to an existing Parameter attribute is ``set_data`` (it stays the same
    Parameter); inside a transform that is a state write (see ``_src/state.py``);
  * ``parameters_and_names`` is pre-order over Cells, each Cell's own Parameters before its
    children's, shared Parameters and Cells once (first name);
  * ``repr`` is ``Name(extend_repr)`` for a leaf and an indented ``(child): repr`` list otherwise.
"""
from __future__ import annotations

from collections import OrderedDict

from . import context as _context
from .parameter import Parameter, ParameterTuple
from .tensor import Tensor

__all__ = ["Cell"]


class _HookHandle:
    """Handle returned by ``register_*_hook``; ``remove()`` unregisters the hook."""

    _next_id = 0

    def __init__(self, registry: dict):
        _HookHandle._next_id += 1
        self.handle_id = _HookHandle._next_id
        self._registry = registry

    def remove(self):
        self._registry.pop(self.handle_id, None)


# Bumped on every attribute write to any Cell (``__setattr__``/``__delattr__`` and the places that
# write ``__dict__`` directly): ``ms.jit`` recomputes its Cell-attribute fingerprint (part of the
# compile-cache key) only when this changed since its last call.
attr_epoch = [0]


def touch():
    attr_epoch[0] += 1


class Cell:
    """Base class of all networks (``mindspore.nn.Cell``)."""

    def __init__(self, auto_prefix=True, flags=None):
        d = self.__dict__
        d["_params"] = OrderedDict()
        d["_cells"] = OrderedDict()
        d["_auto_prefix"] = auto_prefix
        d["training"] = False
        d["_forward_pre_hooks"] = OrderedDict()
        d["_forward_hooks"] = OrderedDict()
        d["_backward_hooks"] = OrderedDict()
        d["_backward_pre_hooks"] = OrderedDict()
        d["_flags"] = dict(flags or {})
        d["_cast_dtype"] = None
        d["_amp_level"] = ""
        d["_jit_cache"] = None

    # ------------------------------------------------------------------ attribute registration
    def _check_init(self, name):
        if "_params" not in self.__dict__:
            raise AttributeError(f"For 'Cell', can not set attribute '{name}' before "
                                 "'super().__init__()' is called in the '__init__' of "
                                 f"'{type(self).__name__}'.")

    def __setattr__(self, name, value):
        attr_epoch[0] += 1
        d = self.__dict__
        if isinstance(value, Parameter):
            self._check_init(name)
            if not value._name_set:
                value.name = name
                value._name_set = True
            d["_cells"].pop(name, None)
            d.pop(name, None)
            d["_params"][name] = value
            return
        if isinstance(value, Cell):
            self._check_init(name)
            d["_params"].pop(name, None)
            d.pop(name, None)
            d["_cells"][name] = value
            if d["_auto_prefix"]:
                value.update_parameters_name(name + ".")
            return
        if isinstance(value, ParameterTuple):
            # Registered under the Parameters' own names, in assignment order (MindSpore).
            self._check_init(name)
            for p in value:
                d["_params"][p.name] = p
            object.__setattr__(self, name, value)
            return
        params = d.get("_params")
        if params is not None and name in params:
            if value is None:
                del params[name]
                object.__setattr__(self, name, None)
                return
            if isinstance(value, Tensor) or not isinstance(value, (Cell, type(None))):
                params[name].set_data(value)
                return
        cells = d.get("_cells")
        if cells is not None and name in cells and value is None:
            del cells[name]
            object.__setattr__(self, name, None)
            return
        object.__setattr__(self, name, value)

    def __getattr__(self, name):
        d = self.__dict__
        if "_params" in d:
            if name in d["_params"]:
                return d["_params"][name]
            if name in d["_cells"]:
                return d["_cells"][name]
        # MindSpore's text: "The 'Net' object has no attribute 'x'."
        raise AttributeError(f"The '{type(self).__name__}' object has no attribute '{name}'.")

    def __delattr__(self, name):
        attr_epoch[0] += 1
        d = self.__dict__
        if name in d.get("_params", ()):
            del d["_params"][name]
        elif name in d.get("_cells", ()):
            del d["_cells"][name]
        else:
            object.__delattr__(self, name)

    def __dir__(self):
        return sorted(set(object.__dir__(self)) | set(self._params) | set(self._cells))

    # ------------------------------------------------------------------ tree walking
    def _own_params(self):
        for name, p in self._params.items():
            if p is not None:
                yield name, p

    def parameters_and_names(self, name_prefix="", expand=True):
        """(attribute path, Parameter) pairs: pre-order, own Parameters first, each once."""
        seen = set()
        cells = self.cells_and_names(name_prefix=name_prefix) if expand else [(name_prefix, self)]
        for cell_name, cell in cells:
            for pname, p in cell._own_params():
                if id(p) in seen:
                    continue
                seen.add(id(p))
                yield (cell_name + "." + pname if cell_name else pname), p

    def get_parameters(self, expand=True):
        for _, p in self.parameters_and_names(expand=expand):
            yield p

    def trainable_params(self, recurse=True):
        return [p for p in self.get_parameters(expand=recurse) if p.requires_grad]

    def untrainable_params(self, recurse=True):
        return [p for p in self.get_parameters(expand=recurse) if not p.requires_grad]

    def parameters_dict(self, recurse=True):
        return OrderedDict((p.name, p) for p in self.get_parameters(expand=recurse))

    def cells_and_names(self, cells=None, name_prefix=""):
        seen = set() if cells is None else cells
        if id(self) in seen:
            return
        seen.add(id(self))
        yield name_prefix, self
        for name, cell in self._cells.items():
            if cell is None:
                continue
            child = name_prefix + "." + name if name_prefix else name
            yield from cell.cells_and_names(seen, child)

    def name_cells(self):
        return OrderedDict((k, v) for k, v in self._cells.items() if v is not None)

    def cells(self):
        return self.name_cells().values()

    def get_children(self):
        return list(self.cells())

    def apply(self, fn):
        """Call ``fn`` on every sub-Cell, children before parents, then on this Cell (MindSpore's
        order, e.g. for custom weight initialisation); returns this Cell."""
        for cell in self.cells():
            cell.apply(fn)
        fn(self)
        return self

    @property
    def cls_name(self):
        return type(self).__name__

    def set_inputs(self, *inputs, **kwargs):
        """Declares the (possibly dynamic-shape) inputs for GRAPH-mode compilation. ms_compat
        compiles per concrete input shape anyway (one cached executable per shape), so this only
        records them for ``get_inputs``."""
        self.__dict__["_declared_inputs"] = inputs

    def get_inputs(self):
        return self.__dict__.get("_declared_inputs")

    def recompute(self, **kwargs):
        """Marks the Cell for recomputation in the backward pass (MindSpore's memory saving).
        Gradients are identical either way; ms_compat records the flag and leaves memory
        planning to XLA."""
        self.__dict__["_recompute"] = True

    def update_parameters_name(self, prefix="", recurse=True):
        """Rename every Parameter to ``prefix`` + its attribute path (MindSpore's auto prefix)."""
        if not isinstance(prefix, str):
            raise TypeError(f"For 'update_parameters_name', the type of 'prefix' must be str, "
                            f"but got {type(prefix)}.")
        for name, p in self.parameters_and_names(expand=recurse):
            p.name = prefix + name

    def insert_param_to_cell(self, param_name, param, check_name_contain_dot=True):
        if not param_name:
            raise KeyError(f"For 'insert_param_to_cell', the argument 'param_name' should not be "
                           f"None.")
        if check_name_contain_dot and "." in param_name:
            raise KeyError(f"For 'insert_param_to_cell', the argument 'param_name' should not "
                           f"contain'.' ")
        if "_params" not in self.__dict__:
            raise AttributeError("For 'insert_param_to_cell', please call Cell.__init__() firstly.")
        if hasattr(self, param_name) and param_name not in self._params:
            raise KeyError(f"For 'insert_param_to_cell', the {param_name} parameter already "
                           f"exists in the network. Cannot insert another parameter with the "
                           f"same name.")
        if not isinstance(param, Parameter) and param is not None:
            raise TypeError(f"For 'insert_param_to_cell', the argument 'param' must be "
                            f"'Parameter' if not None, but got {type(param)}.")
        if isinstance(param, Parameter) and param.name == param._name and not param._name_set:
            param.name = param_name
            param._name_set = True
        self._params[param_name] = param

    def insert_child_to_cell(self, child_name, child_cell):
        if not child_name or "." in child_name:
            raise KeyError(f"For 'insert_child_to_cell', the parameter 'child_name' can not be "
                           f"None and can not contain '.' ")
        if hasattr(self, child_name) and child_name not in self._cells:
            raise KeyError(f"For 'insert_child_to_cell', the {child_name} child cell already "
                           f"exists in the network. Cannot insert another Cell with the same name.")
        if not isinstance(child_cell, Cell) and child_cell is not None:
            raise TypeError(f"For 'insert_child_to_cell', the argument 'child_cell' must be "
                            f"'Cell' if not None, but got type {type(child_cell)}.")
        self._cells[child_name] = child_cell

    # ------------------------------------------------------------------ modes and flags
    def set_train(self, mode=True):
        attr_epoch[0] += 1
        for _, cell in self.cells_and_names():
            cell.__dict__["training"] = bool(mode)
        return self

    def set_grad(self, requires_grad=True):
        attr_epoch[0] += 1
        self.__dict__["requires_grad"] = requires_grad
        return self

    def add_flags(self, **flags):
        self._flags.update(flags)
        return self

    def add_flags_recursive(self, **flags):
        for _, cell in self.cells_and_names():
            cell._flags.update(flags)
        return self

    def get_flags(self):
        return self._flags

    @property
    def phase(self):
        return "train" if self.training else "predict"

    # ------------------------------------------------------------------ calling
    def construct(self, *args, **kwargs):
        raise NotImplementedError(f"Cell '{type(self).__name__}' must define 'construct'.")

    def __call__(self, *args, **kwargs):
        if _context.is_graph_mode() and not _context.in_graph_call():
            from .jit import call_cell_graph_mode  # lazy: jit imports cell
            return call_cell_graph_mode(self, args, kwargs)
        return self._run_construct(args, kwargs)

    def _run_construct(self, args, kwargs):
        for hook in list(self._forward_pre_hooks.values()):
            res = hook(self, args)
            if res is not None:
                args = res if isinstance(res, tuple) else (res,)
        if self._cast_dtype is not None:
            args = _cast_inputs(args, self._cast_dtype)
        if self._backward_hooks or self._backward_pre_hooks:
            from .hooks import wrap_cell_backward_inputs  # inputs side of the backward hooks
            args = wrap_cell_backward_inputs(self, args)
        if self._cast_dtype is not None and not self.__dict__.get("_in_cast", False):
            out = _run_cast(self, self._cast_dtype, args, kwargs)
        else:
            out = self._invoke(args, kwargs)
        for hook in list(self._forward_hooks.values()):
            res = hook(self, args, out)
            if res is not None:
                out = res
        if self._backward_hooks or self._backward_pre_hooks:
            from .hooks import apply_cell_backward_hooks
            out = apply_cell_backward_hooks(self, args, out)
        return out

    def _invoke(self, args, kwargs):
        if type(self).bprop is not Cell.bprop:
            from .autodiff import call_with_bprop  # lazy: autodiff imports cell
            return call_with_bprop(self, args, kwargs)
        if _context.in_graph_call():  # GRAPH mode: control flow on Tensors (jit_ast)
            from .jit_ast import convert
            return convert(self.construct)(*args, **kwargs)
        return self.construct(*args, **kwargs)

    def bprop(self, *args):  # replaced by user Cells that define a custom backward
        raise NotImplementedError("Cell.bprop is only called when a subclass defines it.")

    # ------------------------------------------------------------------ hooks
    def register_forward_pre_hook(self, hook_fn):
        _check_hook_fn(hook_fn)
        h = _HookHandle(self._forward_pre_hooks)
        self._forward_pre_hooks[h.handle_id] = hook_fn
        return h

    def register_forward_hook(self, hook_fn):
        _check_hook_fn(hook_fn)
        h = _HookHandle(self._forward_hooks)
        self._forward_hooks[h.handle_id] = hook_fn
        return h

    def register_backward_hook(self, hook_fn):
        _check_hook_fn(hook_fn)
        h = _HookHandle(self._backward_hooks)
        self._backward_hooks[h.handle_id] = hook_fn
        return h

    def register_backward_pre_hook(self, hook_fn):
        _check_hook_fn(hook_fn)
        h = _HookHandle(self._backward_pre_hooks)
        self._backward_pre_hooks[h.handle_id] = hook_fn
        return h

    # ------------------------------------------------------------------ precision
    def to_float(self, dst_type):
        from . import dtype as mstype
        for _, cell in self.cells_and_names():
            attr_epoch[0] += 1
            cell.__dict__["_cast_dtype"] = mstype.as_ms_dtype(dst_type)
        return self

    # ------------------------------------------------------------------ printing
    def extend_repr(self):
        return ""

    def __repr__(self):
        extra = self.extend_repr()
        children = [(k, v) for k, v in self._cells.items() if v is not None]
        if not children:
            return f"{type(self).__name__}({extra})"
        lines = [f"{type(self).__name__}("]
        if extra:
            lines.append("  " + extra)
        for k, v in children:
            child = repr(v).replace("\n", "\n  ")
            lines.append(f"  ({k}): {child}")
        lines.append(")")
        return "\n".join(lines)

    def __str__(self):
        return self.__repr__()


def _check_hook_fn(hook_fn):
    if not callable(hook_fn):
        raise TypeError(f"Expected a callable hook function, but got {type(hook_fn).__name__}.")


def _run_cast(cell, dt, args, kwargs):
    """``Cell.to_float(dt)``: inside ``construct`` every float Parameter of the Cell tree reads as
    ``dt`` (MindSpore casts the weights at each op), while the Parameters themselves keep their
    dtype; writes made meanwhile (BatchNorm statistics) are cast back and committed."""
    from . import dtype as mstype
    from . import state
    params = [p for _, p in cell.parameters_and_names()
              if mstype.is_float(p.dtype) and p.dtype is not dt]
    npdt = mstype.to_np_dtype(dt)
    vals = [p._array().astype(npdt) for p in params]
    cells = [c for _, c in cell.cells_and_names()]
    for c in cells:
        attr_epoch[0] += 1
        c.__dict__["_in_cast"] = True
    try:
        with state.bind(params, vals, kind="to_float") as frame:
            out = cell._invoke(args, kwargs)
    finally:
        for c in cells:
            attr_epoch[0] += 1
            c.__dict__["_in_cast"] = False
    written = frame.written_params()
    state.commit(written, [v.astype(p._storage.dtype) if hasattr(p, "_storage") else v
                           for p, v in zip(written, frame.written_values())])
    return out


def _cast_inputs(args, dt):
    from . import dtype as mstype
    out = []
    for a in args:
        if isinstance(a, Tensor) and mstype.is_float(a.dtype) and a.dtype is not dt:
            a = a.astype(dt)
        out.append(a)
    return tuple(out)
