"""Argument checks and reductions shared by ``nn_func`` (part of ``mindspore.ops`` nn functions):
MindSpore's error wording for non-Tensor arguments, broadcasting and ``reduction``, and
``LossBase.get_loss``'s float32 reduction."""
from __future__ import annotations

import numbers

import jax.numpy as jnp
import numpy as np

from ..._src import promotion
from ..._src.tensor import Tensor

_REDUCTIONS = ("mean", "sum", "none")
_F32 = np.dtype(np.float32)


def _check_reduction(name, reduction):
    if reduction not in _REDUCTIONS:
        raise ValueError(f"For '{name}', the 'reduction' must be in ['mean', 'sum', 'none'], "
                         f"but got {reduction}.")


def _check_is_tensor(prim, arg_name, x, style="func"):
    """MindSpore's tensor checks: ``TypeError`` naming the argument and what it got.

    ``style="cell"`` is the loss Cells' ``_check_is_tensor`` wording, ``"func"`` the functional
    ops' wording.
    """
    if isinstance(x, Tensor):
        return
    if style == "cell":
        raise TypeError(f"For '{prim}', the '{arg_name}' must be "
                        f"'<class 'mindspore._c_expression.typing.TensorType'>', but got "
                        f"'{_ms_typeof(x)}'")
    raise TypeError(f"For '{prim}', the '{arg_name}' must be a Tensor, but got "
                    f"'{_ms_typeof(x)}'")


def _ms_typeof(x):
    """The name MindSpore's ``ops.typeof`` prints for a value (``List[Int64*2]`` ...)."""
    if isinstance(x, Tensor):
        return f"Tensor[{x.dtype}]"
    if isinstance(x, bool):
        return "Bool"
    if isinstance(x, numbers.Integral):
        return "Int64"
    if isinstance(x, numbers.Real):
        return "Float32"
    if isinstance(x, (tuple, list)):
        kind = "Tuple" if isinstance(x, tuple) else "List"
        names = [_ms_typeof(v) for v in x]
        if names and all(n == names[0] for n in names):
            return f"{kind}[{names[0]}*{len(names)}]"
        return f"{kind}[{', '.join(names)}]"
    return "External"


def _check_same_shape_broadcast(prim, x, y):
    """MindSpore's message for operands that do not broadcast (``SubExt`` style)."""
    xs, ys = tuple(x.shape), tuple(y.shape)
    if xs == ys:
        return
    for k, (a, b) in enumerate(zip(reversed(xs), reversed(ys)), start=1):
        if a != b and a != 1 and b != 1:
            raise ValueError(f"For '{prim}', input.shape and other.shape need to broadcast. The "
                             f"value of input.shape[{promotion.broadcast_error_index(xs, ys, k)}]"
                             f" or other.shape[{promotion.broadcast_error_index(ys, xs, k)}] must "
                             f"be 1 or -1 when they are not the same, "
                             f"but got input.shape = {list(xs)} and other.shape = {list(ys)}")


def _pair(name, value, n=2):
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):
        return (int(value),) * n
    if isinstance(value, (tuple, list)):
        value = tuple(int(v) for v in value)
        if len(value) == n:
            return value
        if len(value) == 1:
            return value * n
        if len(value) == n + 2:  # (1, 1, h, w) style
            return value[2:]
    raise ValueError(f"The '{name}' must be an int or a tuple of {n} ints, but got {value}.")


def _reduce(x, reduction):
    if reduction == "mean":
        return jnp.mean(x)
    if reduction == "sum":
        return jnp.sum(x)
    return x


def get_loss(x, reduction, weights=1.0):
    """``LossBase.get_loss``: ``weights * x`` in float32, reduced, cast back to ``x``'s dtype."""
    w = weights._array() if isinstance(weights, Tensor) else weights
    return _get_loss_raw(x, jnp.asarray(w, _F32), reduction)


def _get_loss_raw(x, w, reduction):
    return _reduce(x.astype(_F32) * w.astype(_F32), reduction).astype(x.dtype)
