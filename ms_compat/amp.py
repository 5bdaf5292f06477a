"""``mindspore.amp``: mixed precision helpers and loss scalers for functional training loops.

Re-exports ``auto_mixed_precision`` / ``build_train_network`` (``mindspore.train.amp``) and the
loss-scale managers, and defines (MindSpore 2.10 semantics):
  * ``all_finite(inputs)``: a 0-d Bool Tensor, True when no element of the Tensor(s) is inf/nan;
  * ``StaticLossScaler(scale_value)``: ``scale``/``unscale`` multiply a Tensor or a tuple of
    Tensors by the scale / its reciprocal (a Float32 Parameter ``scale_value``); ``adjust``
    returns False;
  * ``DynamicLossScaler(scale_value, scale_factor, scale_window)``: ``adjust(grads_finite)``
    divides the scale by ``scale_factor`` (not below 1) after a non-finite step, multiplies it
    after ``scale_window`` finite steps (if the result is finite), and keeps a step ``counter``
    (Int32 Parameter); returns True.
Scaler methods work eagerly and inside ``ms.jit``.
"""
from __future__ import annotations

from abc import ABC, abstractmethod

import jax.numpy as jnp
import numpy as np

from . import _checkparam as V
from ._src import dtype as mstype
from ._src.parameter import Parameter
from ._src.tensor import Tensor
from .ops.function.parameter_func import assign
from .train.amp import (auto_mixed_precision, build_train_network, custom_mixed_precision,
                        get_black_list, get_white_list)
from .train.loss_scale_manager import (DynamicLossScaleManager, FixedLossScaleManager,
                                       LossScaleManager)

__all__ = ["DynamicLossScaleManager", "LossScaleManager", "FixedLossScaleManager",
           "build_train_network", "DynamicLossScaler", "StaticLossScaler", "LossScaler",
           "auto_mixed_precision", "all_finite", "custom_mixed_precision", "get_white_list",
           "get_black_list"]


def _arrays(inputs):
    if isinstance(inputs, Tensor):
        return [inputs._array()]
    return [x._array() for x in inputs]


def all_finite(inputs):
    """True (0-d Bool Tensor) when every element of ``inputs`` (Tensor or tuple) is finite."""
    ok = jnp.asarray(True)
    for a in _arrays(inputs):
        ok = ok & jnp.all(jnp.isfinite(a))
    return Tensor._wrap(ok)


def _map(inputs, factor):
    def one(t):
        a = t._array()
        return Tensor._wrap(a * factor.astype(a.dtype))

    if isinstance(inputs, Tensor):
        return one(inputs)
    return type(inputs)(one(t) for t in inputs) if isinstance(inputs, (tuple, list)) else \
        tuple(one(t) for t in inputs)


class LossScaler(ABC):
    """Interface of loss scalers: ``scale``, ``unscale``, ``adjust``."""

    @abstractmethod
    def scale(self, inputs):
        raise NotImplementedError

    @abstractmethod
    def unscale(self, inputs):
        raise NotImplementedError

    @abstractmethod
    def adjust(self, grads_finite):
        raise NotImplementedError


def _check_scale_value(scale_value):
    scale_value = V.value_type("scale_value", scale_value, [float, int])
    if scale_value < 1.0:
        raise ValueError(f"The argument 'scale_value' must be > 1, but got {scale_value}")
    return scale_value


class StaticLossScaler(LossScaler):
    """A constant loss scale."""

    def __init__(self, scale_value):
        scale_value = _check_scale_value(scale_value)
        self.scale_value = Parameter(Tensor(scale_value, dtype=mstype.float32),
                                     name="scale_value")

    def scale(self, inputs):
        return _map(inputs, self.scale_value._array())

    def unscale(self, inputs):
        return _map(inputs, jnp.asarray(1, np.float32) / self.scale_value._array())

    def adjust(self, grads_finite):
        return False


class DynamicLossScaler(LossScaler):
    """A loss scale adjusted after each step (see module docstring)."""

    def __init__(self, scale_value, scale_factor, scale_window):
        scale_value = _check_scale_value(scale_value)
        self.scale_value = Parameter(Tensor(scale_value, dtype=mstype.float32),
                                     name="scale_value")
        self.scale_window = V.positive_int(scale_window, "scale_window")
        self.scale_factor = V.positive_int(scale_factor, "scale_factor")
        self.counter = Parameter(Tensor(0, dtype=mstype.int32), name="counter")

    def scale(self, inputs):
        return _map(inputs, self.scale_value._array())

    def unscale(self, inputs):
        return _map(inputs, jnp.asarray(1, np.float32) / self.scale_value._array())

    def adjust(self, grads_finite):
        finite = (grads_finite._array() if isinstance(grads_finite, Tensor)
                  else jnp.asarray(grads_finite)).astype(bool)
        scale = self.scale_value._array()
        counter = self.counter._array()
        one = jnp.ones((), scale.dtype)
        grown = scale * jnp.asarray(self.scale_factor, scale.dtype)
        on_finite = jnp.where(counter == self.scale_window - 1,
                              jnp.where(jnp.isfinite(grown), grown, scale), scale)
        new_scale = jnp.where(finite, on_finite,
                              jnp.maximum(one, scale / jnp.asarray(self.scale_factor,
                                                                   scale.dtype)))
        assign(self.scale_value, Tensor._wrap(new_scale))
        new_counter = ((counter + 1) % self.scale_window) * finite.astype(counter.dtype)
        assign(self.counter, Tensor._wrap(new_counter))
        return True
