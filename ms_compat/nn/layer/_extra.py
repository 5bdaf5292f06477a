"""Extra ``mindspore.nn`` layers: ``ClipByNorm`` (``nn/layer/basic.py`` in MindSpore) and the
layers over the functional ops of ``ms_compat/ops/function/_ops_extra.py``."""
from __future__ import annotations

import jax.numpy as jnp

from ..._src.cell import Cell
from ..._src.tensor import Tensor
from ...ops.function import _ops_extra as _X


class ClipByNorm(Cell):
    """``nn.ClipByNorm(axis=None)``: ``x * clip_norm / max(||x||_2 over axis, clip_norm)``.

    The L2 norm is taken over ``axis`` (all axes when ``None``) with kept dims; an all-zero slice
    has norm 0 (its gradient is defined, as in MindSpore). ``clip_norm`` must be a Tensor
    broadcastable to ``x``; the result has ``x``'s dtype (computed in float32).
    """

    def __init__(self, axis=None):
        super().__init__()
        if axis is not None and not isinstance(axis, (int, tuple, list)) or isinstance(axis, bool):
            raise TypeError("For 'ClipByNorm', the type of 'axis' should be one of '['int', "
                            f"'tuple', 'list']', but got type '{type(axis).__name__}'.")
        self.axis = axis

    def construct(self, x, clip_norm):
        if not isinstance(x, Tensor) or not isinstance(clip_norm, Tensor):
            raise TypeError("For 'ClipByNorm', the input args must be tensor.")
        a = x._array()
        nd = a.ndim
        axes = (tuple(range(nd)) if self.axis is None else
                (self.axis,) if isinstance(self.axis, int) else tuple(self.axis))
        for ax in axes:
            if not -nd <= ax < nd:
                raise ValueError(f"The value in attribute `axis` should be within [{-nd}, {nd}) "
                                 "range.")
        axes = tuple(ax % nd for ax in axes) if nd else ()
        af = a.astype(jnp.float32)
        c = clip_norm._array().astype(jnp.float32)
        l2sum = jnp.sum(af * af, axis=axes, keepdims=True)
        pos = l2sum > 0
        l2norm = jnp.where(pos, jnp.sqrt(jnp.where(pos, l2sum, 1.0)), l2sum)
        # the division in float64 rounds correctly (XLA's vectorised float32 division may not)
        out = (af * c).astype(jnp.float64) / jnp.maximum(l2norm, c).astype(jnp.float64)
        return Tensor._wrap(out.astype(a.dtype))


__all__ = ["ClipByNorm"]


# ----------------------------------------------------------------------------- activations
class Hardtanh(Cell):
    """``nn.Hardtanh(min_val=-1.0, max_val=1.0)``: ``ops.hardtanh``; ``min_val > max_val`` is a
    ValueError here."""

    def __init__(self, min_val=-1.0, max_val=1.0):
        super().__init__()
        if min_val > max_val:
            raise ValueError("For Hardtanh, min_val should be less than max_val,but got "
                             f"{min_val} and {max_val}")
        self.min_val = min_val
        self.max_val = max_val

    def construct(self, x):
        return _X.hardtanh(x, self.min_val, self.max_val)


class Tanhshrink(Cell):
    """``nn.Tanhshrink()``: ``ops.tanhshrink``."""

    def construct(self, x):
        return _X.tanhshrink(x)


class LogSigmoid(Cell):
    """``nn.LogSigmoid()``: ``ops.logsigmoid``."""

    def construct(self, input_x):
        return _X.logsigmoid(input_x)


class GLU(Cell):
    """``nn.GLU(axis=-1)``: ``ops.glu``."""

    def __init__(self, axis=-1):
        super().__init__()
        self.dim = axis

    def construct(self, x):
        return _X.glu(x, self.dim)


class CELU(Cell):
    """``nn.CELU(alpha=1.0)``: ``ops.celu`` (``alpha`` is checked when called, as MindSpore)."""

    def __init__(self, alpha=1.0):
        super().__init__()
        self.alpha = alpha

    def construct(self, x):
        return _X.celu(x, self.alpha)


class HSigmoid(Cell):
    """``nn.HSigmoid()``: ``ops.hardsigmoid``."""

    def construct(self, input_x):
        return _X.hardsigmoid(input_x)


class Softmin(Cell):
    """``nn.Softmin(axis=-1)``: ``ops.softmin``."""

    def __init__(self, axis=-1):
        super().__init__()
        self.axis = axis

    def construct(self, x):
        return _X.softmin(x, self.axis)


__all__ += ["HSigmoid", "Hardtanh", "Tanhshrink", "LogSigmoid", "GLU", "CELU", "Softmin"]


# ----------------------------------------------------------------------------- padding
class _ConstantPadNd(Cell):
    _npairs = 1

    def __init__(self, padding, value):
        super().__init__()
        name = type(self).__name__
        if isinstance(padding, int) and not isinstance(padding, bool):
            padding = (padding,) * (2 * self._npairs)
        elif isinstance(padding, tuple):
            if len(padding) % 2 != 0:
                raise ValueError(f"For '{name}', the length of parameter 'padding' with tuple "
                                 f"type must be a multiple of 2, but got {len(padding)}")
            if self._npairs == 1 and len(padding) != 2:
                raise ValueError(f"For '{name}', the length of parameter 'padding' with tuple "
                                 f"type must equal to 2.but got {len(padding)}")
            if self._npairs > 1 and len(padding) > 2 * self._npairs:
                raise ValueError(f"For '{name}', the length of parameter 'padding' with tuple "
                                 f"type must no more than {2 * self._npairs}.but got "
                                 f"{len(padding)}")
        else:
            raise TypeError(f"For '{name}', the type of parameter 'padding' must be in [int, "
                            f"tuple], but got {type(padding)}")
        if not isinstance(value, (int, float)):
            raise TypeError(f"For '{name}', the type of parameter 'value' must be in [int, "
                            f"float], but got {type(value)}")
        self.value = value
        self.padding = padding

    def construct(self, x):
        return _X.pad(x, self.padding, mode="constant", value=self.value)


class ConstantPad1d(_ConstantPadNd):
    """``nn.ConstantPad1d(padding, value)``: ``ops.pad`` constant mode on the last dim."""
    _npairs = 1


class ConstantPad2d(_ConstantPadNd):
    """``nn.ConstantPad2d(padding, value)``: ``ops.pad`` constant mode on the last 2 dims."""
    _npairs = 2


class ConstantPad3d(_ConstantPadNd):
    """``nn.ConstantPad3d(padding, value)``: ``ops.pad`` constant mode on the last 3 dims."""
    _npairs = 3


class ZeroPad2d(_ConstantPadNd):
    """``nn.ZeroPad2d(padding)``: ``ConstantPad2d`` with value 0."""
    _npairs = 2

    def __init__(self, padding):
        super().__init__(padding, 0)


def _edge_padding(cell, padding, non_negative):
    """The checks MindSpore's Reflection/ReplicationPad layers make on ``padding`` (an int is
    used for every side); returns the padding tuple."""
    name = type(cell).__name__
    if isinstance(padding, int) and not isinstance(padding, bool):
        padding = (padding,) * (2 * cell._npairs)
    if not isinstance(padding, tuple):
        raise TypeError(f"For '{name}' the input 'padding' must be an integer or tuple, but "
                        f"got {type(padding).__name__}")
    if len(padding) % 2 != 0:
        raise ValueError(f"For '{name}' the length of input 'padding' must be divisible by 2, "
                         f"but got padding of length {len(padding)}. ")
    if not all(isinstance(i, int) for i in padding):
        raise TypeError(f"For '{name}' every element in 'padding' must be integer, but got "
                        f"{padding}. ")
    if non_negative and not all(i >= 0 for i in padding):
        raise ValueError(f"For '{name}' every element in 'padding' must be >= 0. but got "
                         f"{padding}. ")
    return padding


class _ReflectionPadNd(Cell):
    _npairs = 1

    def __init__(self, padding):
        super().__init__()
        self.padding = _edge_padding(self, padding, non_negative=True)

    def construct(self, x):
        """MindSpore's MirrorPad(REFLECT) path: any rank with at least as many dims as pairs."""
        if not self.padding:
            return x
        a = x._array()
        n = len(self.padding) // 2
        if a.ndim < n:
            raise ValueError(f"For padding with length {2 * n}, the dimension of the tensor "
                             f"should be at least {n}, but got {a.ndim}")
        for i in reversed(range(n)):
            lo, hi = self.padding[2 * i], self.padding[2 * i + 1]
            size = a.shape[a.ndim - 1 - i]
            if lo >= size or hi >= size:
                raise ValueError("For 'MirrorPad', paddings must be no greater than the dimension "
                                 f"size: [{lo}], [{hi}] not less than [{size}]")
        return Tensor._wrap(_X._pad_array(a, self.padding, "reflect"))


class ReflectionPad1d(_ReflectionPadNd):
    """``nn.ReflectionPad1d(padding)``: reflection padding of the last dim (any rank)."""
    _npairs = 1


class ReflectionPad2d(_ReflectionPadNd):
    """``nn.ReflectionPad2d(padding)``: reflection padding of the last 2 dims (any rank)."""
    _npairs = 2


class ReflectionPad3d(_ReflectionPadNd):
    """``nn.ReflectionPad3d(padding)``: reflection padding of the last 3 dims (any rank)."""
    _npairs = 3


class _ReplicationPadNd(Cell):
    _npairs = 1

    def __init__(self, padding):
        super().__init__()
        self.padding = _edge_padding(self, padding, non_negative=False)

    def construct(self, x):
        """PadV3 edge mode; an input one rank short of ``npairs + 2`` gets a batch axis."""
        a = x._array()
        expand = a.ndim == self._npairs + 1
        if expand:
            a = a[None]
        out = _X._padv3(a, self.padding, "edge")
        return Tensor._wrap(out[0] if expand else out)


class ReplicationPad1d(_ReplicationPadNd):
    """``nn.ReplicationPad1d(padding)``: edge padding of the last dim of a 2-D/3-D input."""
    _npairs = 1


class ReplicationPad2d(_ReplicationPadNd):
    """``nn.ReplicationPad2d(padding)``: edge padding of the last 2 dims of a 3-D/4-D input."""
    _npairs = 2


class ReplicationPad3d(_ReplicationPadNd):
    """``nn.ReplicationPad3d(padding)``: edge padding of the last 3 dims of a 4-D/5-D input."""
    _npairs = 3


__all__ += ["ConstantPad1d", "ConstantPad2d", "ConstantPad3d", "ZeroPad2d", "ReflectionPad1d",
            "ReflectionPad2d", "ReflectionPad3d", "ReplicationPad1d", "ReplicationPad2d",
            "ReplicationPad3d"]


class Pad(Cell):
    """``nn.Pad(paddings, mode='CONSTANT')``: ``paddings`` is a tuple of ``(before, after)``
    pairs, one per input dimension (up to 4); ``'CONSTANT'`` pads zeros (MindSpore's Pad),
    ``'REFLECT'`` mirrors without the edge (pad < size) and ``'SYMMETRIC'`` with it (pad <= size)
    (MindSpore's MirrorPad)."""

    def __init__(self, paddings, mode="CONSTANT"):
        super().__init__()
        if mode not in ("CONSTANT", "REFLECT", "SYMMETRIC"):
            raise ValueError("For 'Pad', the 'mode' must be str and must be in '['CONSTANT', "
                             f"'REFLECT', 'SYMMETRIC']', but got '{mode}'.")
        if not isinstance(paddings, tuple):
            raise TypeError("For 'Pad', the type of 'paddings' must be tuple, but got "
                            f"{type(paddings).__name__}.")
        for item in paddings:
            if len(item) != 2:
                raise ValueError(f"For 'Pad', the dimension of 'paddings' must be (n, 2), but got "
                                 f"{paddings}.")
        if len(paddings) > 4:
            raise ValueError("For 'Pad', only 'paddings' up to 4 dims is supported, but got "
                             f"{len(paddings)}.")
        for i, (lo, hi) in enumerate(paddings):
            if lo < 0 or hi < 0:
                raise ValueError("For 'Pad', all elements of 'paddings' must be >= 0, but got "
                                 f"paddings[{i}][0] = {lo}, paddings[{i}][1] = {hi}")
        self.mode = mode
        self.paddings = paddings

    def construct(self, x):
        a = x._array()
        n = len(self.paddings)
        if self.mode == "CONSTANT":
            if n != a.ndim:
                raise ValueError("For 'Pad', the length of 'paddings' must be equal to the rank "
                                 f"of 'input_x', but got {n} vs {a.ndim}")
            return Tensor._wrap(jnp.pad(a, self.paddings))
        if n != a.ndim:
            raise ValueError("For 'MirrorPad', paddings.shape[0] must equal to input's rank, but "
                             f"got {n}")
        for (lo, hi), size in zip(self.paddings, a.shape):
            limit = size if self.mode == "SYMMETRIC" else size - 1
            if lo > limit or hi > limit:
                raise ValueError("For 'MirrorPad', paddings must be no greater than the dimension "
                                 f"size: [{lo}], [{hi}] not less than [{size}]")
        return Tensor._wrap(jnp.pad(a, self.paddings, mode=self.mode.lower()))


__all__ += ["Pad"]
