"""The C++ random engines MindSpore's data pipeline uses, reproduced bit for bit.

MindSpore 2.10's minddata is C++ built with GCC 9 (libstdc++ before GCC 11), so:

* ``std::mt19937`` seeded with ``seed(uint32)``; numpy's ``MT19937`` bit generator with its
  legacy integer seeding is the same generator, so it is used for speed.
* ``std::uniform_int_distribution`` is libstdc++'s *downscaling* algorithm (draw, reject values
  past the last whole multiple of the range, divide) -- GCC 11 replaced it with Lemire's method,
  which gives different numbers; MindSpore's order matches the older one (measured).
* ``std::shuffle`` is libstdc++'s: when ``n * n`` fits in the generator's range it draws two swap
  positions from one number (``__gen_two_uniform_ints``), otherwise one per element.
* ``std::bernoulli_distribution`` compares ``std::generate_canonical<double, 53>`` (two 32-bit
  draws) with ``p``.
* ``std::mt19937_64`` (the ShuffleOp buffer) is implemented here in Python.

``op_seed()`` is minddata's ``GetSeed()``: the configured seed, or a fresh random one while the
seed is MindSpore's "unset" value 5489 (``std::mt19937::default_seed``).
"""
from __future__ import annotations

import os

import numpy as np

DEFAULT_SEED = 5489
_U32 = 0xFFFFFFFF
_U64 = (1 << 64) - 1


class MT19937:
    """``std::mt19937`` (32-bit outputs), buffered through numpy's identical bit generator."""

    __slots__ = ("_bg", "_buf", "_pos")

    def __init__(self, seed: int):
        self._bg = np.random.MT19937(0)
        self._bg._legacy_seeding(int(seed) & _U32)
        self._buf = ()
        self._pos = 0

    def __call__(self) -> int:
        if self._pos >= len(self._buf):
            self._buf = self._bg.random_raw(512).tolist()
            self._pos = 0
        v = self._buf[self._pos]
        self._pos += 1
        return v


def uniform_int(gen, lo: int, hi: int) -> int:
    """libstdc++ (GCC < 11) ``uniform_int_distribution<>(lo, hi)(gen)`` for a 32-bit ``gen``."""
    urange = hi - lo
    if urange == _U32:
        return lo + gen()
    if urange > _U32:
        raise ValueError("uniform_int: range wider than 32 bits is not needed by minddata")
    uerange = urange + 1
    scaling = _U32 // uerange
    past = uerange * scaling
    while True:
        r = gen()
        if r < past:
            return lo + r // scaling


def std_shuffle(ids: list, gen) -> list:
    """libstdc++ ``std::shuffle(ids.begin(), ids.end(), gen)`` in place; returns ``ids``."""
    n = len(ids)
    if n < 2:
        return ids
    if _U32 // n >= n:
        i = 1
        if n % 2 == 0:
            j = uniform_int(gen, 0, 1)
            ids[1], ids[j] = ids[j], ids[1]
            i = 2
        while i < n:
            r = i + 1
            x = uniform_int(gen, 0, r * (r + 1) - 1)
            a, b = divmod(x, r + 1)
            ids[i], ids[a] = ids[a], ids[i]
            ids[i + 1], ids[b] = ids[b], ids[i + 1]
            i += 2
        return ids
    for i in range(1, n):
        j = uniform_int(gen, 0, i)
        ids[i], ids[j] = ids[j], ids[i]
    return ids


def bernoulli(gen, p: float) -> bool:
    """libstdc++ ``std::bernoulli_distribution(p)(gen)`` for a 32-bit ``gen``."""
    total = float(gen())
    total += float(gen()) * 4294967296.0
    canon = total / 18446744073709551616.0
    if canon >= 1.0:
        canon = float(np.nextafter(1.0, 0.0))
    return canon < p


class MT19937_64:
    """``std::mt19937_64``."""

    __slots__ = ("_mt", "_i")

    def __init__(self, seed: int):
        mt = [0] * 312
        mt[0] = int(seed) & _U64
        for i in range(1, 312):
            prev = mt[i - 1]
            mt[i] = (6364136223846793005 * (prev ^ (prev >> 62)) + i) & _U64
        self._mt = mt
        self._i = 312

    def _twist(self):
        mt = self._mt
        for i in range(312):
            x = (mt[i] & 0xFFFFFFFF80000000) | (mt[(i + 1) % 312] & 0x7FFFFFFF)
            xa = x >> 1
            if x & 1:
                xa ^= 0xB5026F5AA96619E9
            mt[i] = mt[(i + 156) % 312] ^ xa
        self._i = 0

    def __call__(self) -> int:
        if self._i >= 312:
            self._twist()
        x = self._mt[self._i]
        self._i += 1
        x ^= (x >> 29) & 0x5555555555555555
        x ^= (x << 17) & 0x71D67FFFEDA60000
        x ^= (x << 37) & 0xFFF7EEE000000000
        x ^= x >> 43
        return x & _U64


def fresh_seed() -> int:
    return int.from_bytes(os.urandom(4), "little")


def op_seed() -> int:
    """minddata ``GetSeed()``: the configured dataset seed, or a random one when unset."""
    from .. import config
    seed = config.get_seed()
    return fresh_seed() if seed == DEFAULT_SEED else seed
