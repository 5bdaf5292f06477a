"""MindSpore's host-side initializer RNG: Philox4x32-10 and its three distributions, in numpy.

Follows ``shared/specs/mindspore_init_rng.md`` section 1 (MindSpore's ``random.h``, reached
through ``mindspore._c_expression._random_uniform/_random_normal/_truncated_normal``):

* Philox4x32-10. A 64-bit seed gives the key ``(seed_lo, seed_hi)``; block ``j`` has the counter
  ``(j_lo, j_hi, seed_lo, seed_hi)``; block ``j`` yields the words ``r0..r3``, so the stream is
  ``w[4j + i]``. MindSpore splits big buffers over threads, each task ``discard``-ing to its
  start, so the values never depend on the thread count: here the whole buffer is one
  vectorised stream (``words(seed, n, offset)`` is the ``discard(offset)`` equivalent).
* Arguments arrive through pybind as C ``float`` (rounded to float32), the maths is double,
  each value is stored once as float32.
* ``log``/``sin``/``cos`` are glibc's double routines in MindSpore. numpy's vectorised ones can
  differ by an ulp or two, so every value whose float32 rounding such a difference could flip
  (a double within a tiny margin of a float32 rounding midpoint, about one value in 10**7) is
  recomputed with Python's ``math`` module, which calls glibc. The result is bit-exact and
  vectorised: the quick-start MLP's 669,706 values take about 0.1 s.

``mix_seeds(seed, seed2)`` is the same Philox used as a scrambler: MindSpore's CPU random kernels
seed their engines with it (``random::GetSeed``).
"""
from __future__ import annotations

import math

import numpy as np

__all__ = ["words", "mix_seeds", "uniform", "normal", "truncated_normal"]

_MASK = np.uint64(0xFFFFFFFF)
_SH = np.uint64(32)
_M0 = np.uint64(0xD2511F53)
_M1 = np.uint64(0xCD9E8D57)
_W0 = 0x9E3779B9
_W1 = 0xBB67AE85
_TWO32 = 4294967296.0


def _rounds(c0, c1, c2, c3, k0: int, k1: int):
    """Philox4x32-10 on uint64 arrays holding uint32 values; the key bumped between rounds."""
    for _ in range(10):
        p0 = _M0 * c0
        p1 = _M1 * c2
        c0, c1, c2, c3 = ((p1 >> _SH) ^ c1 ^ np.uint64(k0), p1 & _MASK,
                          (p0 >> _SH) ^ c3 ^ np.uint64(k1), p0 & _MASK)
        k0 = (k0 + _W0) & 0xFFFFFFFF
        k1 = (k1 + _W1) & 0xFFFFFFFF
    return c0, c1, c2, c3


def words(seed: int, n: int, offset: int = 0) -> np.ndarray:
    """Words ``offset .. offset + n - 1`` of the Philox stream for ``seed`` (uint64 holding
    uint32 values)."""
    if n <= 0:
        return np.zeros(0, np.uint64)
    seed = int(seed) & 0xFFFFFFFFFFFFFFFF
    lo, hi = seed & 0xFFFFFFFF, seed >> 32
    first, last = offset // 4, (offset + n - 1) // 4
    j = np.arange(first, last + 1, dtype=np.uint64)
    c2 = np.full(j.shape, lo, np.uint64)
    c3 = np.full(j.shape, hi, np.uint64)
    r = _rounds(j & _MASK, j >> _SH, c2, c3, lo, hi)
    start = offset - 4 * first
    return np.stack(r, axis=1).reshape(-1)[start:start + n]


def mix_seeds(seed: int, seed2: int) -> int:
    """MindSpore's ``random::GetSeed(seed, seed2)``: one Philox block with the fixed key
    ``(0x3ec8f720, 0x02461e29)`` and counter ``(seed_lo, seed_hi, seed2_lo, seed2_hi)``;
    the result is ``r1 << 32 | r0``."""
    s, s2 = int(seed) & 0xFFFFFFFFFFFFFFFF, int(seed2) & 0xFFFFFFFFFFFFFFFF
    c = [np.array([v], np.uint64) for v in (s & 0xFFFFFFFF, s >> 32, s2 & 0xFFFFFFFF, s2 >> 32)]
    r0, r1, _, _ = _rounds(*c, 0x3EC8F720, 0x02461E29)
    return (int(r1[0]) << 32) | int(r0[0])


def _f32(x) -> float:
    """A Python float rounded to float32, as pybind's ``float`` parameter does."""
    return float(np.float32(x))


# ----------------------------------------------------------------------------- exactness
def _at_risk(v: np.ndarray, scale) -> np.ndarray:
    """Indices whose float32 rounding a few-ulp change of the double ``v`` could flip.

    ``scale`` bounds the magnitude of the terms that made ``v`` (so cancellation is covered);
    the margin, 2**-40 of it, is far above numpy's ulp-level libm error.
    """
    f = v.astype(np.float32)
    up = np.nextafter(f, np.float32(np.inf)).astype(np.float64)
    dn = np.nextafter(f, np.float32(-np.inf)).astype(np.float64)
    fd = f.astype(np.float64)
    dist = np.minimum(np.abs(v - (fd + up) * 0.5), np.abs(v - (fd + dn) * 0.5))
    return np.nonzero(dist <= np.abs(scale) * 2.0 ** -40 + 1e-300)[0]


def _glibc(fn):
    """``fn`` (a ``math`` function, i.e. glibc) mapped over a float64 array."""
    def apply(a):
        return np.fromiter(map(fn, a.tolist()), np.float64, a.size).reshape(a.shape)
    return apply


_NP = (np.log, np.sin, np.cos)
_LIBM = (_glibc(math.log), _glibc(math.sin), _glibc(math.cos))


# ----------------------------------------------------------------------------- uniform
def uniform(seed: int, n: int, a: float, b: float) -> np.ndarray:
    """``f32((b - a) * (w / 2**32) + a)`` in double, with ``a``, ``b`` rounded to float32."""
    a, b = _f32(a), _f32(b)
    u = words(seed, n).astype(np.float64) / _TWO32
    return ((b - a) * u + a).astype(np.float32)


# ----------------------------------------------------------------------------- normal
_U_MIN = float(np.float32(1e-7))
_TWO_PI = 2.0 * float(np.float32(3.1415926))


def _u23(w: np.ndarray) -> np.ndarray:
    """The word's 23 low bits as a float32 in [0, 1) (``bits(0x3f800000 | m) - 1``), as double,
    clamped below at float32(1e-7)."""
    bits = ((w & np.uint64(0x7FFFFF)) | np.uint64(0x3F800000)).astype(np.uint32)
    u = (bits.view(np.float32) - np.float32(1.0)).astype(np.float64)
    return np.maximum(u, _U_MIN)


def _box_muller(u1, u2, mean, sigma, fns):
    log, sin, cos = fns
    r = np.sqrt(-2.0 * log(u1)) * sigma
    t = _TWO_PI * u2
    return mean + r * cos(t), mean + r * sin(t), r


def normal(seed: int, n: int, mean: float, sigma: float) -> np.ndarray:
    """Box-Muller on the word pairs ``(w[2k], w[2k+1])``: ``mean + r cos t`` then
    ``mean + r sin t``, ``r = sqrt(-2 ln u1) * sigma``, ``t = 2 * f32(pi) * u2``; an odd last
    element drops the sine."""
    mean, sigma = _f32(mean), _f32(sigma)
    m = (n + 1) // 2
    w = words(seed, 2 * m)
    u1, u2 = _u23(w[0::2]), _u23(w[1::2])
    c, s, r = _box_muller(u1, u2, mean, sigma, _NP)
    bound = abs(mean) + np.abs(r)
    for vals, pick in ((c, 0), (s, 1)):
        idx = _at_risk(vals, bound)
        if idx.size:
            vals[idx] = _box_muller(u1[idx], u2[idx], mean, sigma, _LIBM)[pick]
    out = np.empty(2 * m, np.float64)
    out[0::2] = c
    out[1::2] = s
    return out[:n].astype(np.float32)


# ----------------------------------------------------------------------------- truncated normal
# boost's rational approximations of erf_inv (erf_inv_imp, 64-bit tag), as MindSpore carries
# them: per range (Y as a float literal, P and Q lowest order first, the shift of x).
_ERF_INV_SMALL = (0.0891314744949340820313,
                  (-0.000508781949658280665617, -0.00836874819741736770379,
                   0.0334806625409744615033, -0.0126926147662974029034,
                   -0.0365637971411762664006, 0.0219878681111168899165,
                   0.00822687874676915743155, -0.00538772965071242932965),
                  (1.0, -0.970005043303290640362, -1.56574558234175846809,
                   1.56221558398423026363, 0.662328840472002992063,
                   -0.71228902341542847553, -0.0527396382340099713954,
                   0.0795283687341571680018, -0.00233393759374190016776,
                   0.000886216390456424707504))
_ERF_INV_MID = (2.249481201171875,
                (-0.202433508355938759655, 0.105264680699391713268, 8.37050328343119927838,
                 17.6447298408374015486, -18.8510648058714251895, -44.6382324441786960818,
                 17.445385985570866523, 21.1294655448340526258, -3.67192254707729348546),
                (1.0, 6.24264124854247537712, 3.9713437953343869095, -28.6608180499800029974,
                 -20.1432634680485188801, 48.5609213108739935468, 10.8268667355460159008,
                 -22.6436933413139721736, 1.72114765761200282724))
_ERF_INV_TAIL = (  # (upper bound of x, shift, Y, P, Q)
    (3.0, 1.125, 0.807220458984375,
     (-0.131102781679951906451, -0.163794047193317060787, 0.117030156341995252019,
      0.387079738972604337464, 0.337785538912035898924, 0.142869534408157156766,
      0.0290157910005329060432, 0.00214558995388805277169, -0.679465575181126350155e-6,
      0.285225331782217055858e-7, -0.681149956853776992068e-9),
     (1.0, 3.46625407242567245975, 5.38168345707006855425, 4.77846592945843778382,
      2.59301921623620271374, 0.848854343457902036425, 0.152264338295331783612,
      0.01105924229346489121)),
    (6.0, 3.0, 0.93995571136474609375,
     (-0.0350353787183177984712, -0.00222426529213447927281, 0.0185573306514231072324,
      0.00950804701325919603619, 0.00187123492819559223345, 0.000157544617424960554631,
      0.460469890584317994083e-5, -0.230404776911882601748e-9, 0.266339227425782031962e-11),
     (1.0, 1.3653349817554063097, 0.762059164553623404043, 0.220091105764131249824,
      0.0341589143670947727934, 0.00263861676657015992959, 0.764675292302794483503e-4)),
    (18.0, 6.0, 0.98362827301025390625,
     (-0.0167431005076633737133, -0.00112951438745580278863, 0.00105628862152492910091,
      0.000209386317487588078668, 0.149624783758342370182e-4, 0.449696789927706453732e-6,
      0.462596163522878599135e-8, -0.281128735628831791805e-13, 0.99055709973310326855e-16),
     (1.0, 0.591429344886417493481, 0.138151865749083321638, 0.0160746087093676504695,
      0.000964011807005165528527, 0.275335474764726041141e-4, 0.282243172016108031869e-6)),
    (44.0, 18.0, 0.99714565277099609375,
     (-0.0024978212791898131227, -0.779190719229053954292e-5, 0.254723037413027451751e-4,
      0.162397777342510920873e-5, 0.396341011304801168516e-7, 0.411632831190944208473e-9,
      0.145596286718675035587e-11, -0.116765012397184275695e-17),
     (1.0, 0.207123112214422517181, 0.0169410838120975906478, 0.000690538265622684595676,
      0.145007359818232637924e-4, 0.144437756628144157666e-6, 0.509761276599778486139e-9)),
    (math.inf, 44.0, 0.99941349029541015625,
     (-0.000539042911019078575891, -0.28398759004727721098e-6, 0.899465114892291446442e-6,
      0.229345859265920864296e-7, 0.225561444863500149219e-9, 0.947846627503022684216e-12,
      0.135880130108924861008e-14, -0.348890393399948882918e-21),
     (1.0, 0.0845746234001899436914, 0.00282092984726264681981, 0.468292921940894236786e-4,
      0.399968812193862100054e-6, 0.161809290887904476097e-8, 0.231558608310259605225e-11)),
)


def _horner(coeffs, x):
    """``sum c_i x**i``, highest order first, one rounding per multiply and per add (no FMA)."""
    acc = np.full_like(x, coeffs[-1])
    for c in reversed(coeffs[:-1]):
        acc = acc * x
        acc = acc + c
    return acc


def _erf_inv_imp(p, q, log):
    out = np.empty_like(p)
    small = p <= 0.5
    if small.any():
        y, pc, qc = _ERF_INV_SMALL
        ps = p[small]
        g = ps * (ps + 10.0)
        r = _horner(pc, ps) / _horner(qc, ps)
        out[small] = g * y + g * r
    mid = ~small & (q >= 0.25)
    if mid.any():
        y, pc, qc = _ERF_INV_MID
        qs = q[mid]
        g = np.sqrt(-2.0 * log(qs))
        xs = qs - 0.25
        out[mid] = g / (y + _horner(pc, xs) / _horner(qc, xs))
    tail = ~small & ~mid
    if tail.any():
        x = np.sqrt(-log(q[tail]))
        res = np.empty_like(x)
        lower = np.zeros(x.shape, bool)
        for upper, shift, y, pc, qc in _ERF_INV_TAIL:
            sel = ~lower & (x < upper)
            if sel.any():
                xv = x[sel]
                xs = xv - shift
                big_r = _horner(pc, xs) / _horner(qc, xs)
                res[sel] = y * xv + big_r * xv
            lower |= sel
        out[tail] = res
    return out


_Z_MIN = float(np.nextafter(np.float32(0), np.float32(2)))
_Z_MAX = float(np.nextafter(np.float32(2), np.float32(0)))
_ROOT2 = _f32(1.4142135)


def _erfc_inv(z, log):
    """boost's ``erfc_inv`` as MindSpore writes it: ``z`` outside (0, 2) is moved just inside."""
    z = np.where(z <= 0.0, _Z_MIN, np.where(z >= 2.0, _Z_MAX, z))
    upper = z > 1.0
    q = np.where(upper, 2.0 - z, z)
    p = 1.0 - q
    s = np.where(upper, -1.0, 1.0)
    return s * _erf_inv_imp(p, q, log)


def _truncated(u, cdf_a, cdf_b, mean, sigma, log):
    p = cdf_a + u * (cdf_b - cdf_a)
    x = -_erfc_inv(2.0 * p, log) * _ROOT2
    return mean + x * sigma, x


def truncated_normal(seed: int, n: int, a: float, b: float, mean: float,
                     sigma: float) -> np.ndarray:
    """Inverse-CDF truncated normal on ``[a, b]`` (absolute bounds): ``p = Phi(alpha) + u *
    (Phi(beta) - Phi(alpha))``, ``x = -erfc_inv(2p) * f32(sqrt 2)``, ``mean + x * sigma``,
    with ``Phi(t) = erfc(-(t / f32(sqrt 2))) / 2``."""
    a, b, mean, sigma = _f32(a), _f32(b), _f32(mean), _f32(sigma)
    alpha = (a - mean) / sigma
    beta = (b - mean) / sigma
    cdf_a = math.erfc(-(alpha / _ROOT2)) / 2.0
    cdf_b = math.erfc(-(beta / _ROOT2)) / 2.0
    u = words(seed, n).astype(np.float64) / _TWO32
    out, x = _truncated(u, cdf_a, cdf_b, mean, sigma, np.log)
    idx = _at_risk(out, abs(mean) + np.abs(x * sigma))
    if idx.size:
        out[idx] = _truncated(u[idx], cdf_a, cdf_b, mean, sigma, _LIBM[0])[0]
    return out.astype(np.float32)
