"""MindSpore's host-side initializer RNG: Philox4x32-10 and its three distributions, in numpy.

Follows ``shared/specs/mindspore_init_rng.md`` section 1:
  * a 64-bit seed gives the key (seed_lo, seed_hi); block j has counter
    (j_lo, j_hi, seed_lo, seed_hi); 10 rounds, the key bumped by (0x9E3779B9, 0xBB67AE85)
    between rounds; block j yields words r0..r3, so the stream is ``w[4j + i]``;
  * the result does not depend on MindSpore's thread split (each task continues the stream);
  * distribution arguments are rounded to float32 first (pybind takes ``float``), the maths is
    double, the output is rounded once to float32.
Vectorised over blocks: the quick-start MLP's 669,706 values take a few tens of milliseconds.
"""
from __future__ import annotations

import numpy as np
from scipy.special import erfc, erfcinv

_MASK = np.uint64(0xFFFFFFFF)
_M0 = np.uint64(0xD2511F53)
_M1 = np.uint64(0xCD9E8D57)
_W0 = 0x9E3779B9
_W1 = 0xBB67AE85


def words(seed: int, n: int) -> np.ndarray:
    """The first ``n`` 32-bit words (as uint64) of the Philox stream for ``seed``."""
    seed = int(seed) & 0xFFFFFFFFFFFFFFFF
    k0, k1 = seed & 0xFFFFFFFF, seed >> 32
    nblocks = (n + 3) // 4
    j = np.arange(nblocks, dtype=np.uint64)
    c0 = j & _MASK
    c1 = j >> np.uint64(32)
    c2 = np.full(nblocks, k0, np.uint64)
    c3 = np.full(nblocks, k1, np.uint64)
    key0, key1 = k0, k1
    for r in range(10):
        p0 = _M0 * c0
        p1 = _M1 * c2
        c0, c1, c2, c3 = ((p1 >> np.uint64(32)) ^ c1 ^ np.uint64(key0), p1 & _MASK,
                          (p0 >> np.uint64(32)) ^ c3 ^ np.uint64(key1), p0 & _MASK)
        key0 = (key0 + _W0) & 0xFFFFFFFF
        key1 = (key1 + _W1) & 0xFFFFFFFF
    return np.stack([c0, c1, c2, c3], axis=1).reshape(-1)[:n]


def _f32(x) -> float:
    return float(np.float32(x))


def uniform(seed: int, n: int, a: float, b: float) -> np.ndarray:
    """``f32((b - a) * w / 2**32 + a)`` with a, b rounded to float32."""
    a, b = _f32(a), _f32(b)
    u = words(seed, n).astype(np.float64) / 4294967296.0
    return ((b - a) * u + a).astype(np.float32)


def _u23(w):
    """23 mantissa bits of a word as a float32 in [0, 1), clamped below at float32(1e-7)."""
    bits = (np.uint64(0x3F800000) | (w & np.uint64(0x7FFFFF))).astype(np.uint32)
    u = bits.view(np.float32) - np.float32(1.0)
    return np.maximum(u, np.float32(1e-7)).astype(np.float64)


def normal(seed: int, n: int, mean: float, sigma: float) -> np.ndarray:
    """Box-Muller on word pairs; an odd last element drops the sine."""
    mean, sigma = _f32(mean), _f32(sigma)
    m = (n + 1) // 2
    w = words(seed, 2 * m)
    u1, u2 = _u23(w[0::2]), _u23(w[1::2])
    r = np.sqrt(-2.0 * np.log(u1)) * sigma
    t = 2.0 * _f32(3.1415926) * u2
    out = np.empty(2 * m, np.float64)
    out[0::2] = mean + r * np.cos(t)
    out[1::2] = mean + r * np.sin(t)
    return out[:n].astype(np.float32)


def truncated_normal(seed: int, n: int, a: float, b: float, mean: float,
                     sigma: float) -> np.ndarray:
    """Inverse-CDF truncated normal on ``[a, b]`` (absolute bounds).

    MindSpore evaluates ``erfc_inv`` with boost's rational approximation; scipy's ``erfcinv`` is
    used here. The two agree to about 1 ulp in double, which moves the float32 result only in
    rare ties.
    """
    a, b, mean, sigma = _f32(a), _f32(b), _f32(mean), _f32(sigma)
    sqrt2 = _f32(1.4142135)
    alpha = (a - mean) / sigma
    beta = (b - mean) / sigma
    phi_a = erfc(-alpha / sqrt2) / 2.0
    phi_b = erfc(-beta / sqrt2) / 2.0
    u = words(seed, n).astype(np.float64) / 4294967296.0
    p = phi_a + u * (phi_b - phi_a)
    z = np.clip(2.0 * p, np.finfo(np.float32).tiny * 2 ** -23, np.nextafter(np.float32(2), 0))
    x = -sqrt2 * erfcinv(z)
    return (mean + x * sigma).astype(np.float32)
