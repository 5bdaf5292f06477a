"""MindSpore 2.10's CPU random kernels (UniformReal, UniformInt, StandardNormal, Dropout), bit
for bit, on the host.

``shared/specs/mindspore_init_rng.md`` section 3. A kernel owns its engine, seeded once from the
primitive's ``(seed, seed2)`` pair with ``philox.mix_seeds`` (``(0, 0)`` means
``std::random_device``: fresh OS entropy here), and every launch continues that engine:

* UniformReal: ``std::mt19937(mix mod 2**32)``; one value is ``uniform_real_distribution
  <double>`` on two words, ``(w0 + w1 * 2**32) / 2**64``, stored as float32.
* UniformInt: the same engine; libstdc++ 9 ``uniform_int_distribution<int>(lo, hi - 1)``
  (scaling ``(2**32 - 1) // range``, reject ``w >= range * scaling``, then ``w // scaling``).
* StandardNormal: ``std::minstd_rand0(mix)`` with libstdc++ 9 ``normal_distribution<float>``
  (Marsaglia polar; a fresh distribution per launch, so an odd count drops the spare value). Its
  ``logf`` is glibc's, called through ctypes: nothing else reproduces it bit for bit.
* Dropout: ``std::minstd_rand0(mix)``; one ``uniform_real_distribution<float>`` value per
  element, kept when ``u < keep_prob`` (float32), ``out = mask * x * f32(1.f / keep_prob)``.

The engines are vectorised: mt19937 is numpy's ``MT19937`` bit generator (seeded with the
standard ``init_genrand``), minstd_rand0 uses jump-ahead (``x_k = 16807**k x_0 mod (2**31-1)``),
rejection loops over-draw and then advance the engine by exactly what was consumed.

Under a trace (``ms.jit``, GRAPH_MODE, ``jax.jit``) a launch becomes an ordered
``jax.experimental.io_callback``: every execution of the compiled function draws the next values
on the host. As in MindSpore, each launch site of a traced graph gets its own kernel, seeded like
the primitive's and kept across executions (one ``nn.Dropout`` called twice in a graph draws the
same mask at both sites; the PyNative kernel of the same Cell is a separate stream), so the
values are MindSpore's in GRAPH mode too. The cost: one host round trip per random op per step.
Random ops abort ``eager_cache``'s automatic tracing, so compiled eager calls stay op by op.
"""
from __future__ import annotations

import copy
import ctypes
import ctypes.util
import secrets

import jax
import jax.numpy as jnp
import numpy as np

from . import eager_cache
from . import philox

__all__ = ["kernel_seed", "UniformRealKernel", "UniformIntKernel", "StandardNormalKernel",
           "DropoutKernel", "dropout_kernel_for_op", "dropout_kernel_for_cell", "apply_dropout",
           "host_launch", "staging"]

_MINSTD_A = 16807
_MINSTD_M = 2 ** 31 - 1
_F32_ONE_BELOW = np.nextafter(np.float32(1), np.float32(0))


# ----------------------------------------------------------------------------- seeds
def kernel_seed(seed: int, seed2: int) -> int:
    """The 64-bit engine seed of a kernel built with the primitive seeds ``(seed, seed2)``."""
    if seed == 0 and seed2 == 0:
        return secrets.randbits(32)  # std::random_device: not reproducible, in MindSpore too
    return philox.mix_seeds(seed, seed2)


# ----------------------------------------------------------------------------- engines
class _MinStd0:
    """``std::minstd_rand0``: ``x <- 16807 x mod (2**31 - 1)``, output ``x``."""

    _POW = None  # 16807**k mod M for k = 1..65536

    def __init__(self, seed: int):
        s = int(seed) % _MINSTD_M
        self.x = s if s else 1

    @classmethod
    def _powers(cls):
        if cls._POW is None:
            pw = np.array([_MINSTD_A], np.uint64)
            while pw.size < 65536:
                step = np.uint64(pw[-1])
                pw = np.concatenate([pw, pw * step % np.uint64(_MINSTD_M)])
            cls._POW = pw
        return cls._POW

    def peek(self, n: int) -> np.ndarray:
        """The next ``n`` outputs (uint64), without advancing."""
        pw = self._powers()
        out = np.empty(n, np.uint64)
        base = np.uint64(self.x)
        for start in range(0, n, pw.size):
            k = min(pw.size, n - start)
            out[start:start + k] = pw[:k] * base % np.uint64(_MINSTD_M)
            base = out[start + k - 1]
        return out

    def advance_past(self, words: np.ndarray, k: int):
        """Consume the first ``k`` of the ``words`` just peeked."""
        if k:
            self.x = int(words[k - 1])

    def take(self, n: int) -> np.ndarray:
        w = self.peek(n)
        self.advance_past(w, n)
        return w


class _MT19937:
    """``std::mt19937`` seeded with ``seed mod 2**32`` (``init_genrand``), on numpy's generator."""

    def __init__(self, seed: int):
        key = np.empty(624, np.uint32)
        x = int(seed) & 0xFFFFFFFF
        key[0] = x
        for i in range(1, 624):
            x = (1812433253 * (x ^ (x >> 30)) + i) & 0xFFFFFFFF
            key[i] = x
        self._bg = np.random.MT19937()
        self._bg.state = {"bit_generator": "MT19937", "state": {"key": key, "pos": 624}}

    def take(self, n: int) -> np.ndarray:
        return self._bg.random_raw(n) if n else np.zeros(0, np.uint64)

    def peek(self, n: int) -> np.ndarray:
        st = self._bg.state
        w = self.take(n)
        self._bg.state = st
        return w


# ----------------------------------------------------------------------------- distributions
def _canonical_f32_minstd(w: np.ndarray) -> np.ndarray:
    """libstdc++ ``generate_canonical<float, 24>`` on minstd_rand0 words: one word,
    ``float(x - 1) / float(2**31 - 2)`` (the divisor rounds to 2**31), kept below 1."""
    u = (w - np.uint64(1)).astype(np.float32) / np.float32(2.0 ** 31)
    return np.where(u >= np.float32(1), _F32_ONE_BELOW, u)


def _canonical_f64_mt(w: np.ndarray) -> np.ndarray:
    """libstdc++ ``generate_canonical<double, 53>`` on mt19937 words: two words per value."""
    w0 = w[0::2].astype(np.float64)
    w1 = w[1::2].astype(np.float64)
    u = (w0 + w1 * 4294967296.0) / 18446744073709551616.0
    return np.where(u >= 1.0, np.nextafter(1.0, 0.0), u)


def _polar_normal(engine: _MinStd0, n: int) -> np.ndarray:
    """``n`` values of a fresh libstdc++ ``normal_distribution<float>`` (polar method)."""
    need = (n + 1) // 2
    if need == 0:
        return np.zeros(0, np.float32)
    tries = int(need / 0.785) + 16
    while True:
        w = engine.peek(2 * tries)
        u = _canonical_f32_minstd(w).astype(np.float64)
        xy = (2.0 * u - 1.0).astype(np.float32)
        x, y = xy[0::2], xy[1::2]
        r2 = x * x + y * y
        ok = np.nonzero((r2 <= np.float32(1)) & (r2 != np.float32(0)))[0]
        if ok.size >= need:
            break
        tries = 2 * tries
    ok = ok[:need]
    engine.advance_past(w, 2 * (int(ok[-1]) + 1))
    x, y, r2 = x[ok], y[ok], r2[ok]
    mult = np.sqrt((np.float32(-2) * _logf(r2)) / r2)
    out = np.empty(2 * need, np.float32)
    out[0::2] = y * mult
    out[1::2] = x * mult
    return out[:n] * np.float32(1) + np.float32(0)  # ``ret * stddev + mean``


def _uniform_int(engine: _MT19937, n: int, lo: int, hi: int) -> np.ndarray:
    """``n`` values of libstdc++ 9 ``uniform_int_distribution<int>(lo, hi - 1)``."""
    urange = (hi - 1) - lo
    if urange >= 0xFFFFFFFF:
        return (engine.take(n).astype(np.int64) + lo).astype(np.int32)
    uerange = urange + 1
    scaling = 0xFFFFFFFF // uerange
    past = uerange * scaling
    tries = n + n // 4 + 16
    while True:
        w = engine.peek(tries)
        ok = np.nonzero(w < np.uint64(past))[0]
        if ok.size >= n:
            break
        tries *= 2
    ok = ok[:n]
    engine.take(int(ok[-1]) + 1 if n else 0)
    return ((w[ok] // np.uint64(scaling)).astype(np.int64) + lo).astype(np.int32)


# ----------------------------------------------------------------------------- glibc logf
def _load_logf():
    name = ctypes.util.find_library("m")
    try:
        fn = ctypes.CDLL(name).logf if name else None
    except OSError:
        fn = None
    if fn is not None:
        fn.restype = ctypes.c_float
        fn.argtypes = [ctypes.c_float]
    return fn


_LIBM_LOGF = _load_logf()


def _logf(v: np.ndarray) -> np.ndarray:
    """glibc ``logf`` elementwise (MindSpore's ``std::log(float)``). Without a C math library
    the correctly rounded value is used instead (differs from glibc on ~1% of inputs)."""
    if _LIBM_LOGF is None:
        return np.log(v.astype(np.float64)).astype(np.float32)
    return np.fromiter(map(_LIBM_LOGF, v.tolist()), np.float32, v.size)


# ----------------------------------------------------------------------------- tracing
def staging() -> bool:
    """True while a JAX trace is being staged out (``jit``), where host values would be baked
    into the compiled function as constants."""
    try:
        from jax._src import core
        t = core.trace_ctx.trace
    except (ImportError, AttributeError):  # pragma: no cover - other JAX versions
        return isinstance(jnp.zeros((), np.float32), jax.core.Tracer)
    while t is not None:
        if type(t).__name__ == "DynamicJaxprTrace":
            return True
        t = getattr(t, "parent_trace", None)
    return False


def host_launch(fn, shape, np_dtype, *args):
    """``fn(*args)`` (numpy in, numpy out): called now when eager; inside a trace, an ordered
    ``io_callback`` that calls it on the host at every execution."""
    eager_cache.abort_if_auto_trace("a MindSpore random op")
    if not staging():
        return np.asarray(fn(*[np.asarray(a) for a in args]), np_dtype).reshape(shape)
    from jax.experimental import io_callback

    def host(*vals):
        return np.asarray(fn(*[np.asarray(v) for v in vals]), np_dtype).reshape(shape)
    return io_callback(host, jax.ShapeDtypeStruct(tuple(shape), np.dtype(np_dtype)), *args,
                       ordered=True)


# ----------------------------------------------------------------------------- kernels
def _size(shape) -> int:
    return int(np.prod(shape, dtype=np.int64))


class _Kernel:
    """A kernel: the engine seeded from the primitive's ``(seed, seed2)``; launches continue it."""

    _engine_cls = None

    def __init__(self, seed: int, seed2: int):
        self.seed = kernel_seed(seed, seed2)
        self.engine = self._engine_cls(self.seed)

    def _site(self):
        """The kernel a launch runs on: this one when eager; inside a trace a fresh copy (its
        stream from the start) for each launch site, as MindSpore gives every node of a compiled
        graph its own kernel, separate from the PyNative one."""
        if not staging():
            return self
        site = copy.copy(self)
        site.engine = self._engine_cls(self.seed)
        return site


class UniformRealKernel(_Kernel):
    """``UniformReal(seed, seed2)``: float32 in [0, 1)."""

    _engine_cls = _MT19937

    def draw(self, shape) -> np.ndarray:
        n = _size(shape)
        return _canonical_f64_mt(self.engine.take(2 * n)).astype(np.float32).reshape(shape)

    def launch(self, shape):
        k = self._site()
        return host_launch(lambda: k.draw(shape), shape, np.float32)


class UniformIntKernel(_Kernel):
    """``UniformInt(seed, seed2)``: int32 in [minval, maxval)."""

    _engine_cls = _MT19937

    def draw(self, shape, lo, hi) -> np.ndarray:
        lo, hi = int(lo), int(hi)
        if lo >= hi:
            raise RuntimeError(f"For 'Random', invalid min/max values: ({lo}/{hi})")
        return _uniform_int(self.engine, _size(shape), lo, hi).reshape(shape)

    def launch(self, shape, lo, hi):
        k = self._site()
        return host_launch(lambda a, b: k.draw(shape, a, b), shape, np.int32, lo, hi)


class StandardNormalKernel(_Kernel):
    """``StandardNormal(seed, seed2)``: float32 N(0, 1)."""

    _engine_cls = _MinStd0

    def draw(self, shape) -> np.ndarray:
        return _polar_normal(self.engine, _size(shape)).reshape(shape)

    def launch(self, shape):
        k = self._site()
        return host_launch(lambda: k.draw(shape), shape, np.float32)


class DropoutKernel(_Kernel):
    """``Dropout(keep_prob, Seed0, Seed1)``'s engine; ``mask(shape, keep_prob)`` is one launch's
    keep mask (bool; a JAX array when traced)."""

    _engine_cls = _MinStd0

    def draw_mask(self, shape, keep_prob) -> np.ndarray:
        u = _canonical_f32_minstd(self.engine.take(_size(shape)))
        return (u < np.float32(keep_prob)).reshape(shape)

    def mask(self, shape, keep_prob):
        shape = tuple(int(s) for s in shape)
        k = self._site()
        return host_launch(lambda: k.draw_mask(shape, keep_prob), shape, np.bool_)


def dropout_kernel_for_op(seed=None) -> DropoutKernel:
    """The kernel of a fresh ``P.Dropout`` built by ``ops.dropout(..., seed)``: seeds from
    ``_get_graph_seed(seed, "dropout")`` (advancing its counter), as MindSpore does per call."""
    eager_cache.abort_if_auto_trace("a MindSpore random op")
    from ..common.seed import _get_graph_seed
    return DropoutKernel(*_get_graph_seed(seed, "dropout"))


def dropout_kernel_for_cell() -> DropoutKernel:
    """The kernel an ``nn.Dropout`` builds at construction (``_get_graph_seed(0, "dropout")``);
    the Cell keeps it, so its stream continues across calls."""
    from ..common.seed import _get_graph_seed
    return DropoutKernel(*_get_graph_seed(0, "dropout"))


def apply_dropout(x, keep_prob, kernel: DropoutKernel):
    """MindSpore's CPU Dropout launch on the JAX array ``x``: ``(output, mask)``, both of
    ``x``'s dtype. float32/float64: ``(mask * x) * scale``; float16: ``mask * f16(f32(x) *
    scale)``; ``scale = 1.f / keep_prob`` in float32. The kernel refuses ``keep_prob`` outside
    (0, 1] with MindSpore's RuntimeError (after the primitive took its seeds, as there)."""
    keep = np.float32(keep_prob)
    if not 0.0 < keep <= 1.0:
        raise RuntimeError(f"For 'Dropout, the 'keep_prob' must be in (0.0, 1.0], but got "
                           f"{float(keep):g}")
    scale = np.float32(1) / keep
    mask = jnp.asarray(kernel.mask(x.shape, keep)).astype(x.dtype)
    if x.dtype == jnp.float16:
        out = mask * (x.astype(jnp.float32) * scale).astype(jnp.float16)
    else:
        out = (mask * x) * jnp.asarray(scale, x.dtype)
    return out, mask
