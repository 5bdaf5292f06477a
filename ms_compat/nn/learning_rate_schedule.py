"""``mindspore.nn.learning_rate_schedule``: learning rates as Cells of the global step.

A schedule is called with the optimizer's ``global_step`` (an Int32 Tensor) and returns a Float32
Tensor of the same shape. The formulas are MindSpore 2.10's, evaluated in Float32 in the same
order (e.g. CosineDecayLR uses ``sin(pi * (p + 0.5))``), so rates match MindSpore's to the ulp.
Arguments are validated with MindSpore's messages.
"""
from __future__ import annotations

import math

import jax.numpy as jnp
import numpy as np

from .._src.cell import Cell
from .._src.tensor import Tensor
from .. import _checkparam as V

__all__ = ["ExponentialDecayLR", "NaturalExpDecayLR", "InverseDecayLR", "CosineDecayLR",
           "PolynomialDecayLR", "WarmUpLR"]

_F32 = np.float32


def _step(global_step):
    """The step as a Float32 array."""
    a = global_step._array() if isinstance(global_step, Tensor) else jnp.asarray(global_step)
    return a.astype(_F32)


def _f32(value):
    return jnp.asarray(value, _F32)


class LearningRateSchedule(Cell):
    """Base class: ``construct(global_step)`` returns the learning rate of that step."""

    def __init__(self):
        super().__init__()

    def construct(self, global_step):
        raise NotImplementedError


def _check_decay(learning_rate, decay_rate, decay_steps, is_stair, cls_name):
    V.positive_int(decay_steps, "decay_steps", cls_name)
    V.positive_float(learning_rate, "learning_rate", cls_name)
    V.is_float(learning_rate, "learning_rate", cls_name)
    V.positive_float(decay_rate, "decay_rate", cls_name)
    V.is_float(decay_rate, "decay_rate", cls_name)
    V.value_type("is_stair", is_stair, [bool], cls_name)


class _DecayLR(LearningRateSchedule):
    def __init__(self, learning_rate, decay_rate, decay_steps, is_stair=False):
        super().__init__()
        _check_decay(learning_rate, decay_rate, decay_steps, is_stair, type(self).__name__)
        self.learning_rate = learning_rate
        self.decay_rate = decay_rate
        self.decay_steps = decay_steps
        self.is_stair = is_stair


class ExponentialDecayLR(_DecayLR):
    """``lr * decay_rate ** (step / decay_steps)`` (the exponent floored when ``is_stair``)."""

    def construct(self, global_step):
        p = _step(global_step) / _f32(self.decay_steps)
        if self.is_stair:
            p = jnp.floor(p)
        return Tensor._wrap(_f32(self.learning_rate) * jnp.power(_f32(self.decay_rate), p))


class NaturalExpDecayLR(_DecayLR):
    """``lr * e ** (-decay_rate * step)``; with ``is_stair`` the step is floored to a multiple
    of ``decay_steps``."""

    def construct(self, global_step):
        p = _step(global_step)
        if self.is_stair:
            p = jnp.floor(p / _f32(self.decay_steps)) * _f32(self.decay_steps)
        return Tensor._wrap(_f32(self.learning_rate)
                            * jnp.power(_f32(math.e), _f32(-self.decay_rate) * p))


class InverseDecayLR(_DecayLR):
    """``lr / (1 + decay_rate * step / decay_steps)`` (floored ratio when ``is_stair``)."""

    def construct(self, global_step):
        p = _step(global_step) / _f32(self.decay_steps)
        if self.is_stair:
            p = jnp.floor(p)
        return Tensor._wrap(_f32(self.learning_rate) / (_f32(1.0) + _f32(self.decay_rate) * p))


class CosineDecayLR(LearningRateSchedule):
    """``min_lr + 0.5 * (max_lr - min_lr) * (1 + cos(pi * min(step, decay_steps) /
    decay_steps))``."""

    def __init__(self, min_lr, max_lr, decay_steps):
        super().__init__()
        name = type(self).__name__
        if not isinstance(min_lr, float):
            raise TypeError("For 'CosineDecayLR', the argument 'min_lr' must be type of float, "
                            f"but got 'min_lr' type: {type(min_lr)}.")
        V.non_negative_float(min_lr, "min_lr", name)
        V.positive_float(max_lr, "max_lr", name)
        V.is_float(max_lr, "max_lr", name)
        V.positive_int(decay_steps, "decay_steps", name)
        if min_lr >= max_lr:
            raise ValueError("For 'CosineDecayLR', the 'max_lr' must be greater than the "
                             f"'min_lr', but got 'max_lr' value: {max_lr}, 'min_lr' value: "
                             f"{min_lr}.")
        self.min_lr = min_lr
        self.max_lr = max_lr
        self.decay_steps = decay_steps
        self.delta = 0.5 * (max_lr - min_lr)

    def construct(self, global_step):
        a = global_step._array() if isinstance(global_step, Tensor) else jnp.asarray(global_step)
        p = jnp.minimum(a, jnp.asarray(self.decay_steps, a.dtype)).astype(_F32)
        angle = _f32(math.pi) * (p / _f32(self.decay_steps) + _f32(0.5))
        return Tensor._wrap(_f32(self.min_lr) + _f32(self.delta) * (_f32(1.0) + jnp.sin(angle)))


class PolynomialDecayLR(LearningRateSchedule):
    """``(lr - end_lr) * (1 - step / decay_steps) ** power + end_lr``; the step is capped at
    ``decay_steps``, or with ``update_decay_steps`` the horizon grows by multiples of it."""

    def __init__(self, learning_rate, end_learning_rate, decay_steps, power,
                 update_decay_steps=False):
        super().__init__()
        name = type(self).__name__
        V.positive_float(learning_rate, "learning_rate")
        V.is_float(learning_rate, "learning_rate")
        if not isinstance(end_learning_rate, float):
            raise TypeError("For 'PolynomialDecayLR', the argument 'end_learning_rate' must be "
                            f"type of float, but got 'end_learning_rate' type: "
                            f"{type(end_learning_rate)}.")
        V.non_negative_float(end_learning_rate, "end_learning_rate", name)
        V.positive_int(decay_steps, "decay_steps", name)
        V.value_type("update_decay_steps", update_decay_steps, [bool], name)
        V.positive_float(power, "power", name)
        V.is_float(power, "power", name)
        self.decay_steps = decay_steps
        self.start_learning_rate = learning_rate
        self.end_learning_rate = end_learning_rate
        self.diff_learning_rate = learning_rate - end_learning_rate
        self.power = power
        self.update_decay_steps = update_decay_steps

    def construct(self, global_step):
        step = _step(global_step)
        horizon = _f32(self.decay_steps)
        if self.update_decay_steps:
            horizon = horizon * jnp.maximum(jnp.ceil(step / horizon), _f32(1.0))
        else:
            step = jnp.minimum(step, horizon)
        p = step / horizon
        lr = _f32(self.diff_learning_rate) * jnp.power(_f32(1.0) - p, _f32(self.power))
        return Tensor._wrap(lr + _f32(self.end_learning_rate))


class WarmUpLR(LearningRateSchedule):
    """``lr * min(step, warmup_steps) / warmup_steps``."""

    def __init__(self, learning_rate, warmup_steps):
        super().__init__()
        if not isinstance(learning_rate, float):
            raise TypeError("For 'WarmUpLR', the argument 'learning_rate' must be type of float, "
                            f"but got 'learning_rate' type: {type(learning_rate)}.")
        V.non_negative_float(learning_rate, "learning_rate", type(self).__name__)
        V.positive_int(warmup_steps, "warmup_steps", type(self).__name__)
        self.warmup_steps = warmup_steps
        self.learning_rate = learning_rate

    def construct(self, global_step):
        a = global_step._array() if isinstance(global_step, Tensor) else jnp.asarray(global_step)
        frac = jnp.minimum(a, jnp.asarray(self.warmup_steps, a.dtype)).astype(_F32) \
            / _f32(self.warmup_steps)
        return Tensor._wrap(_f32(self.learning_rate) * frac)
