"""``mindspore.ops.Primitive``: the base of the operator classes of ``ops.operations``.

A Primitive stores its attributes (``attrs``, printed as ``Prim[ReduceSum]<keep_dims=True,
skip_mode=False>`` like MindSpore) and, when called, runs the functional op it stands for: each
class in ``ops/operations`` defines ``__call__`` directly, so a call costs one Python frame over
the functional op. ``add_prim_attr`` / ``init_prim_io_names`` / ``shard`` and the other graph
options are accepted and recorded; they do not change eager results.

A user-defined Primitive without a ``__call__`` of its own has no kernel here: calling it raises
``NotImplementedError`` naming it (MindSpore looks the name up among its C++ kernels).
"""
from __future__ import annotations

import functools
import inspect

__all__ = ["Primitive", "PrimitiveWithInfer", "PrimitiveWithCheck", "prim_attr_register",
           "constexpr", "prim_arg_register"]

_HIDDEN = ("input_names", "output_names")


def _attr_text(v):
    if isinstance(v, list):
        return "[" + ", ".join(_attr_text(e) for e in v) + "]"
    if isinstance(v, tuple):
        return "(" + ", ".join(_attr_text(e) for e in v) + ("," if len(v) == 1 else "") + ")"
    if isinstance(v, bool):
        return "True" if v else "False"
    if isinstance(v, str):
        return v
    return str(v)


class Primitive:
    """Base class of MindSpore's operator classes (``Prim[Name]<attrs>``)."""

    def __init__(self, name):
        self.name = name
        self.attrs = {}
        self.instance_name = ""

    def _init(self, **attrs):
        """Set the class name and attributes (used by ms_compat's operator classes)."""
        self.name = type(self).__name__
        self.attrs = attrs
        self.instance_name = ""

    def add_prim_attr(self, name, value):
        self.attrs[name] = value
        return self

    def _set_prim_arg(self, name, value):
        return self.add_prim_attr(name, value)

    def del_prim_attr(self, name):
        self.attrs.pop(name, None)
        return self

    def init_prim_io_names(self, inputs, outputs):
        self.attrs["input_names"] = list(inputs)
        self.attrs["output_names"] = list(outputs)

    def set_prim_instance_name(self, instance_name):
        self.instance_name = instance_name
        return self

    def shard(self, in_strategy=None, out_strategy=None):
        self.attrs["in_strategy"] = in_strategy
        return self

    def set_device(self, device_target):
        return self.add_prim_attr("primitive_target", device_target)

    def set_stage(self, stage):
        return self

    def recompute(self, mode=True):
        return self.add_prim_attr("recompute", mode)

    def place(self, role, rank_id):
        return self

    def check_elim(self, *args):
        return (False, None)

    def update_parameter(self):
        return False

    def __call__(self, *args):
        raise NotImplementedError(
            f"The Primitive '{self.name}' has no kernel in ms_compat: user-defined MindSpore "
            f"Primitives run MindSpore's C++ kernels, which ms_compat does not have. Define "
            f"'__call__' on the class, or use a mindspore.ops function.")

    def __repr__(self):
        shown = [(k, v) for k, v in self.attrs.items() if k not in _HIDDEN]
        if not shown:
            return f"Prim[{self.name}]"
        return f"Prim[{self.name}]<" + ", ".join(f"{k}={_attr_text(v)}" for k, v in shown) + ">"

    __str__ = __repr__

    def __getattr__(self, name):
        attrs = self.__dict__.get("attrs")
        if attrs is not None and name in attrs:
            return attrs[name]
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")


class PrimitiveWithInfer(Primitive):
    """``ops.PrimitiveWithInfer``: a Primitive with Python shape/dtype inference hooks."""

    def __init__(self, name):
        super().__init__(name)

    def infer_shape(self, *args):
        return None

    def infer_dtype(self, *args):
        return None

    def infer_value(self, *args):
        return None


class PrimitiveWithCheck(Primitive):
    """``ops.PrimitiveWithCheck``: a Primitive with Python argument checks."""

    def __init__(self, name):
        super().__init__(name)

    def check_shape(self, *args):
        return None

    def check_dtype(self, *args):
        return None


def prim_attr_register(fn):
    """Decorator for a Primitive's ``__init__``: names the primitive after its class and records
    every ``__init__`` argument (defaults included) as an attribute, as MindSpore does."""
    sig = inspect.signature(fn)

    @functools.wraps(fn)
    def deco(self, *args, **kwargs):
        Primitive.__init__(self, type(self).__name__)
        bound = sig.bind(self, *args, **kwargs)
        bound.apply_defaults()
        for k, v in list(bound.arguments.items())[1:]:
            param = sig.parameters[k]
            if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
                continue
            self.attrs[k] = v
            object.__setattr__(self, k, v)
        return fn(self, *args, **kwargs)
    return deco


prim_arg_register = prim_attr_register


def constexpr(fn=None, *, get_instance=True, reuse_result=True, check=True):
    """``ops.constexpr``: a function of constants, evaluated when called (eager)."""
    if fn is None:
        return lambda f: f
    return fn
