"""``mindspore.nn.dynamic_lr``: learning-rate lists, one Python float per step.

Each function returns ``total_step`` values computed in Python floats (float64) by MindSpore
2.10's formulas, where the decay is a function of the epoch ``floor(i / step_per_epoch)``; pass
the list to an optimizer as ``learning_rate`` (step ``i`` uses element ``i``). Arguments are
validated with MindSpore's messages.
"""
from __future__ import annotations

import math

from .. import _checkparam as V

__all__ = ["piecewise_constant_lr", "exponential_decay_lr", "natural_exp_decay_lr",
           "inverse_decay_lr", "cosine_decay_lr", "polynomial_decay_lr", "warmup_lr"]


def piecewise_constant_lr(milestone, learning_rates):
    """``learning_rates[i]`` for the steps before ``milestone[i]`` (milestones increasing)."""
    V.value_type("milestone", milestone, (tuple, list))
    V.value_type("learning_rates", learning_rates, (tuple, list))
    if len(milestone) != len(learning_rates):
        raise ValueError("For 'piecewise_constant_lr', the size of 'milestone' must be same with "
                         "the size of 'learning_rates', but got 'milestone' size: "
                         f"{len(milestone)}, 'learning_rates' size: {len(learning_rates)}.")
    out, last = [], 0
    for i, end in enumerate(milestone):
        V.positive_int(end, f"milestone[{i}]")
        V.is_float(learning_rates[i], f"learning_rates[{i}]")
        if end < last:
            raise ValueError(f"For 'piecewise_constant_lr', the value of milestone[{i}] must be "
                             f"greater than milestone[{i - 1}], but got milestone[{i}]: "
                             f"{milestone[i]}, milestone[{i - 1}]: {milestone[i - 1]}.")
        out.extend([learning_rates[i]] * (end - last))
        last = end
    return out


def _check_decay(learning_rate, decay_rate, total_step, step_per_epoch, decay_epoch, is_stair):
    V.positive_int(total_step, "total_step")
    V.positive_int(step_per_epoch, "step_per_epoch")
    V.positive_int(decay_epoch, "decay_epoch")
    V.positive_float(learning_rate, "learning_rate")
    V.is_float(learning_rate, "learning_rate")
    V.positive_float(decay_rate, "decay_rate")
    V.is_float(decay_rate, "decay_rate")
    V.value_type("is_stair", is_stair, [bool])


def _epochs(total_step, step_per_epoch):
    return (math.floor(i / step_per_epoch) for i in range(total_step))


def exponential_decay_lr(learning_rate, decay_rate, total_step, step_per_epoch, decay_epoch,
                         is_stair=False):
    """``lr * decay_rate ** (epoch / decay_epoch)`` (exponent floored when ``is_stair``)."""
    _check_decay(learning_rate, decay_rate, total_step, step_per_epoch, decay_epoch, is_stair)
    out = []
    for epoch in _epochs(total_step, step_per_epoch):
        p = epoch / decay_epoch
        out.append(learning_rate * decay_rate ** (math.floor(p) if is_stair else p))
    return out


def natural_exp_decay_lr(learning_rate, decay_rate, total_step, step_per_epoch, decay_epoch,
                         is_stair=False):
    """``lr * e ** (-decay_rate * epoch)`` (epoch floored to a multiple of ``decay_epoch``)."""
    _check_decay(learning_rate, decay_rate, total_step, step_per_epoch, decay_epoch, is_stair)
    out = []
    for epoch in _epochs(total_step, step_per_epoch):
        if is_stair:
            epoch = math.floor(epoch / decay_epoch) * decay_epoch
        out.append(learning_rate * math.e ** (-decay_rate * epoch))
    return out


def inverse_decay_lr(learning_rate, decay_rate, total_step, step_per_epoch, decay_epoch,
                     is_stair=False):
    """``lr / (1 + decay_rate * epoch / decay_epoch)`` (ratio floored when ``is_stair``)."""
    _check_decay(learning_rate, decay_rate, total_step, step_per_epoch, decay_epoch, is_stair)
    out = []
    for epoch in _epochs(total_step, step_per_epoch):
        if is_stair:
            out.append(learning_rate / (1 + decay_rate * math.floor(epoch / decay_epoch)))
        else:
            out.append(learning_rate / (1 + decay_rate * epoch / decay_epoch))
    return out


def cosine_decay_lr(min_lr, max_lr, total_step, step_per_epoch, decay_epoch):
    """``min_lr + 0.5 * (max_lr - min_lr) * (1 + cos(pi * min(epoch, decay_epoch) /
    decay_epoch))``."""
    if not isinstance(min_lr, float):
        raise TypeError("For 'cosine_decay_lr', the argument 'min_lr' must be type of float, "
                        f"but got 'min_lr' type: {type(min_lr)}.")
    V.non_negative_float(min_lr, "min_lr", None)
    V.positive_float(max_lr, "max_lr")
    V.is_float(max_lr, "max_lr")
    V.positive_int(total_step, "total_step")
    V.positive_int(step_per_epoch, "step_per_epoch")
    V.positive_int(decay_epoch, "decay_epoch")
    if min_lr >= max_lr:
        raise ValueError("For 'cosine_decay_lr', the 'max_lr' must be greater than the 'min_lr', "
                         f"but got 'max_lr' value: {max_lr}, 'min_lr' value: {min_lr}.")
    delta = 0.5 * (max_lr - min_lr)
    return [min_lr + delta * (1 + math.cos(math.pi * min(epoch, decay_epoch) / decay_epoch))
            for epoch in _epochs(total_step, step_per_epoch)]


def polynomial_decay_lr(learning_rate, end_learning_rate, total_step, step_per_epoch, decay_epoch,
                        power, update_decay_epoch=False):
    """``(lr - end) * (1 - epoch / decay_epoch) ** power + end``; the epoch is capped at
    ``decay_epoch``, or with ``update_decay_epoch`` the horizon grows by multiples of it."""
    V.positive_float(learning_rate, "learning_rate")
    V.is_float(learning_rate, "learning_rate")
    if not isinstance(end_learning_rate, float):
        raise TypeError("For 'polynomial_decay_lr', the argument 'end_learning_rate' must be type "
                        f"of float, but got 'end_learning_rate' type: {type(end_learning_rate)}.")
    V.non_negative_float(end_learning_rate, "end_learning_rate", None)
    V.positive_float(power, "power")
    V.is_float(power, "power")
    V.positive_int(total_step, "total_step")
    V.positive_int(step_per_epoch, "step_per_epoch")
    V.positive_int(decay_epoch, "decay_epoch")
    V.value_type("update_decay_epoch", update_decay_epoch, [bool])
    delta = learning_rate - end_learning_rate
    out = []
    for epoch in _epochs(total_step, step_per_epoch):
        if update_decay_epoch:
            horizon, current = decay_epoch * max(math.ceil(epoch / decay_epoch), 1), epoch
        else:
            horizon, current = decay_epoch, min(epoch, decay_epoch)
        out.append(delta * (1 - current / horizon) ** power + end_learning_rate)
    return out


def warmup_lr(learning_rate, total_step, step_per_epoch, warmup_epoch):
    """``lr * min(epoch, warmup_epoch) / warmup_epoch``."""
    if not isinstance(learning_rate, float):
        raise TypeError("For 'warmup_lr', the argument 'learning_rate' must be type of float, "
                        f"but got 'learning_rate' type: {type(learning_rate)}.")
    V.non_negative_float(learning_rate, "learning_rate", None)
    V.positive_int(warmup_epoch, "warmup_epoch")
    V.positive_int(total_step, "total_step")
    V.positive_int(step_per_epoch, "step_per_epoch")
    return [learning_rate * min(epoch, warmup_epoch) / warmup_epoch
            for epoch in _epochs(total_step, step_per_epoch)]
