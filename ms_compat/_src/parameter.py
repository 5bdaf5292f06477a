"""``mindspore.Parameter`` and ``ParameterTuple``.

A Parameter is a Tensor whose value is mutable state. Its array lives in ``_storage``; every
read of ``_data`` and every write goes through ``_src/state.py``, so under grad/jit/vmap the
Parameter transparently reads and writes the values bound by the transform (the Parameter object
itself never holds a tracer).

MindSpore rules copied here (all checked on MindSpore 2.10):
  * an unnamed Parameter outside a Cell is named ``Parameter#N`` from a global counter whose first
    value is 2; inside ``Cell.__setattr__`` an unnamed Parameter takes the attribute name;
  * ``Parameter(2)`` is Int32, ``Parameter(1.0)`` Float32, a numpy array keeps its dtype;
  * ``set_data`` keeps the Parameter's dtype (casting the new value) and accepts a new shape;
  * ``str``/``repr``: ``Parameter (name=w, shape=(2,), dtype=Float32, requires_grad=True)``;
  * the value is drawn from a lazy initializer Tensor at construction (MindSpore's init order).
"""
from __future__ import annotations

import itertools
import numbers

import jax
import numpy as np

from . import dtype as mstype
from . import state
from .tensor import Tensor, _as_array, _draw, _infer_np_from_python, _to_jax

__all__ = ["Parameter", "ParameterTuple"]

_counter = itertools.count(2)


def _reset_counter():
    global _counter
    _counter = itertools.count(2)


def _initial_array(default_input):
    if isinstance(default_input, Tensor):
        if default_input._lazy_init is not None:
            init, shape, dt = default_input._lazy_init
            return _to_jax(_draw(init, shape, dt))
        return default_input._array()
    if isinstance(default_input, bool):
        return _to_jax(np.asarray(default_input))
    if isinstance(default_input, numbers.Integral) and not isinstance(default_input, np.integer):
        return _to_jax(np.asarray(default_input, np.int32))
    if isinstance(default_input, (np.ndarray, np.generic)):
        return _to_jax(np.asarray(default_input))
    if isinstance(default_input, (numbers.Number, list, tuple)):
        return _to_jax(_infer_np_from_python(default_input))
    if isinstance(default_input, jax.Array):
        return default_input
    raise TypeError("For 'Parameter', the type of 'default_input' should be one of "
                    "[Tensor, np.ndarray, int, float, bool], but got "
                    f"'{type(default_input).__name__}'.")


class Parameter(Tensor):
    """Mutable, named Tensor; the unit of trainable state (see module docstring)."""

    def __init__(self, default_input=None, name=None, requires_grad=True, layerwise_parallel=False,
                 parallel_optimizer=True, storage_format="", device=None):
        self._lazy_init = None
        self._host = False
        self._storage = _initial_array(default_input)
        if name is not None and not isinstance(name, str):
            raise TypeError(f"For 'Parameter', the type of 'name' should be 'str', "
                            f"but got {type(name).__name__}.")
        self._name_set = bool(name)
        self._name = name if name else f"Parameter#{next(_counter)}"
        if not isinstance(requires_grad, bool):
            raise TypeError(f"For 'Parameter', the type of 'requires_grad' should be 'bool', "
                            f"but got {type(requires_grad).__name__}.")
        self.requires_grad = requires_grad
        # ``_version`` counts writes outside transforms; ``_const_hint`` marks a hyperparameter
        # (an optimizer's momentum, a fixed learning rate): ms.jit compiles its value in as a
        # constant keyed by ``_version`` instead of passing it in (see ``_src/jit.py``).
        self._version = 0
        self._const_hint = False
        self.layerwise_parallel = layerwise_parallel
        self.parallel_optimizer = parallel_optimizer
        self._hooks = None

    # The value is state: read and written through the active binding scope.
    @property
    def _data(self):
        return state.read(self)

    @_data.setter
    def _data(self, value):
        state.write(self, value)

    def _array(self):
        return state.read(self)

    @property
    def shape(self):
        return tuple(state.read(self).shape)

    @property
    def dtype(self):
        return mstype.from_np_dtype(state.read(self).dtype)

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        if value is None:
            value = f"Parameter#{next(_counter)}"
        if not isinstance(value, str):
            raise TypeError(f"The type of the Parameter's name should be 'string' or 'None', "
                            f"but got {type(value)}.")
        if len(value) > 1024:
            raise ValueError("The length of the 'name' should not be greater than 1024.")
        self._name = value

    @property
    def data(self):
        """A Tensor of the current value (MindSpore returns a Tensor, not the Parameter)."""
        return Tensor._wrap(state.read(self))

    def value(self):
        """A Tensor snapshot of the current value."""
        return Tensor._wrap(state.read(self))

    def set_data(self, data, slice_shape=False):
        """Replace the value (cast to this Parameter's dtype; the shape may change). Returns self."""
        if isinstance(data, Tensor) and data._lazy_init is not None:
            data = Tensor._wrap(_initial_array(data))
        arr = _as_array(data, self.dtype)
        state.write(self, arr)
        return self

    def assign_value(self, value):
        return self.set_data(value)

    def clone(self, init="same"):
        """A new Parameter with the same name, flags and (copied) value."""
        if init == "same":
            src = Tensor._wrap(state.read(self))
        else:
            from ..common.initializer import initializer
            src = initializer(init, self.shape, self.dtype)
        p = Parameter(src, name=self._name, requires_grad=self.requires_grad,
                      layerwise_parallel=self.layerwise_parallel,
                      parallel_optimizer=self.parallel_optimizer)
        return p

    def init_data(self, *args, **kwargs):
        return self

    @property
    def has_init(self):
        return False

    def __repr__(self):
        return (f"Parameter (name={self._name}, shape={self.shape}, dtype={self.dtype}, "
                f"requires_grad={self.requires_grad})")

    __str__ = __repr__

    def __reduce__(self):
        return (_rebuild, (np.asarray(state.read(self)), self._name, self.requires_grad))

    def __deepcopy__(self, memo):
        p = Parameter(Tensor._wrap(state.read(self)), name=self._name,
                      requires_grad=self.requires_grad)
        memo[id(self)] = p
        return p

    def __copy__(self):
        return self.__deepcopy__({})


def _rebuild(arr, name, requires_grad):
    return Parameter(Tensor.from_numpy(arr), name=name, requires_grad=requires_grad)


def _pflatten(p):
    return (state.read(p),), None


def _punflatten(aux, children):
    return Tensor._wrap(children[0])


jax.tree_util.register_pytree_node(Parameter, _pflatten, _punflatten)
Parameter.__module__ = "mindspore.common.parameter"


class ParameterTuple(tuple):
    """A tuple of Parameters with unique names (``ValueError`` on duplicates, as MindSpore)."""

    def __new__(cls, iterable):
        items = tuple(iterable)
        seen = set()
        for x in items:
            if not isinstance(x, Parameter):
                raise TypeError(f"For ParameterTuple initialization, ParameterTuple input should "
                                f"be 'Parameter' collection, but got a {type(iterable)}. ")
            if id(x) in seen:
                continue
            seen.add(id(x))
        names = {}
        for x in items:
            if names.setdefault(x.name, id(x)) != id(x):  # the same Parameter twice is fine
                raise ValueError(f"The value {x} , its name '{x.name}' already exists. "
                                 "Please set a unique name for the parameter.")
        return tuple.__new__(cls, items)

    def clone(self, prefix, init="same"):
        out = []
        for p in self:
            c = p.clone(init)
            c.name = prefix + "." + p.name
            out.append(c)
        return ParameterTuple(out)
