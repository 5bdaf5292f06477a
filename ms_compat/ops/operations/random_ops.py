"""``mindspore.ops.operations.random_ops``: ``StandardNormal``, ``UniformReal``, ``UniformInt``.

Each instance owns kernels of ``_src/random_kernels.py`` seeded from its ``(seed, seed2)``, one
per output shape (MindSpore's PyNative caches a primitive's kernel per input shape): calls with
the same shape continue one stream, a new shape starts a fresh one. ``(0, 0)`` seeds from OS
entropy there and here. The shape checks are
``random_func``'s (MindSpore's messages).
"""
from __future__ import annotations

from ..function._util import arr, wrap
from ..primitive import Primitive


class _RandomPrim(Primitive):
    _kernel_name = None

    def __init__(self, seed=0, seed2=0):
        for name, v in (("seed", seed), ("seed2", seed2)):
            if not isinstance(v, int) or isinstance(v, bool) or v < 0:
                raise ValueError(f"For '{type(self).__name__}', the '{name}' must be a "
                                 f"non-negative int, but got {v!r}.")
        self._init(seed=seed, seed2=seed2, side_effect_hidden=True)
        self._seeds, self._kernels = (seed, seed2), {}

    def _get_kernel(self, shape):
        k = self._kernels.get(shape)
        if k is None:
            from ..._src import random_kernels as rk
            k = self._kernels[shape] = getattr(rk, self._kernel_name)(*self._seeds)
        return k

    def _shape(self, shape):
        from ..function.random_func import _prim_shape
        return _prim_shape(self.name, shape)


class StandardNormal(_RandomPrim):
    """``ops.StandardNormal(seed=0, seed2=0)(shape)``: Float32 N(0, 1)."""
    _kernel_name = "StandardNormalKernel"

    def __call__(self, shape):
        shape = self._shape(shape)
        return wrap(self._get_kernel(shape).launch(shape))


class UniformReal(_RandomPrim):
    """``ops.UniformReal(seed=0, seed2=0)(shape)``: Float32 in [0, 1)."""
    _kernel_name = "UniformRealKernel"

    def __call__(self, shape):
        shape = self._shape(shape)
        return wrap(self._get_kernel(shape).launch(shape))


class UniformInt(_RandomPrim):
    """``ops.UniformInt(seed=0, seed2=0)(shape, minval, maxval)``: Int32 in [minval, maxval)."""
    _kernel_name = "UniformIntKernel"

    def __call__(self, shape, minval, maxval):
        lo, hi = arr(minval).reshape(()), arr(maxval).reshape(())
        shape = self._shape(shape)
        return wrap(self._get_kernel(shape).launch(shape, lo, hi))


__all__ = ["StandardNormal", "UniformReal", "UniformInt"]
