"""``cv::resize`` as MindSpore 2.10 calls it (OpenCV 4.11, x86-64 baseline SSE3 build), in numpy.

MindSpore's ``vision.Resize`` is ``cv::resize(src, dst, Size(w, h), 0, 0, mode)``. Reproduced
here, with the details that decide the last bit:

* coordinates ``fx = float((dx + 0.5) * scale - 0.5)``, clamped at the borders; uint8 images use
  11-bit fixed-point weights ``round(w * 2048)`` and integer horizontal sums;
* the vertical uint8 linear pass rounds as ``((S0 >> 4) * b0 >> 16) + ((S1 >> 4) * b1 >> 16) + 2
  >> 2``; along y the border rows keep their unclamped weights on clamped row indices (so a
  first row can come out one lower than exact rounding); the uint8 cubic pass is vectorised
  for the first ``8 * floor(width / 8)`` values of a row (float32 multiply-adds, round half to
  even) and exact fixed point for the rest;
* float images are computed in float32 with OpenCV's order of operations (the cubic SIMD part
  nests its multiply-adds differently from the scalar tail);
* ``LINEAR`` with an exact 2x downscale in both axes is ``AREA``; ``AREA`` downscales by an
  integer factor average the cells (uint8 2x2: ``(a + b + c + d + 2) >> 2``), other downscales
  use OpenCV's area tables, and ``AREA`` upscales use its bilinear emulation;
* ``NEAREST`` picks ``floor(x * src / dst)``.

Supported dtypes: uint8, uint16, int16, float32, float64 (what OpenCV's resize accepts).
"""
import math

import numpy as np

NEAREST, LINEAR, CUBIC, AREA = "nearest", "linear", "cubic", "area"
_COEF_BITS = 11
_COEF_SCALE = 1 << _COEF_BITS
_F32 = np.float32


def _cv_round(x):
    """cvRound: round half to even (lrint)."""
    return int(np.rint(x))


def _sat(values, dtype):
    info = np.iinfo(dtype)
    return np.clip(values, info.min, info.max).astype(dtype)


def _cubic_coeffs(x):
    x = _F32(x)
    a = _F32(-0.75)
    one = _F32(1)
    x1 = x + one
    c0 = ((a * x1 - _F32(-3.75)) * x1 + _F32(-6.0)) * x1 - _F32(-3.0)
    c1 = ((_F32(1.25) * x - _F32(2.25)) * x) * x + one
    y = one - x
    c2 = ((_F32(1.25) * y - _F32(2.25)) * y) * y + one
    c3 = one - c0 - c1 - c2
    return [c0, c1, c2, c3]


def _axis_tables(src, dst, scale, inv_scale, ksize, area_mode, cubic, clamp=True):
    """Source offsets, float32 weights, and the [xmin, xmax) fully-inside range. OpenCV clamps
    the coordinate at the borders for the x axis only (``clamp``); along y the taps are
    clamped row indices with the unclamped weights."""
    ksize2 = ksize // 2
    ofs = np.zeros(dst, np.int64)
    weights = np.zeros((dst, ksize), np.float32)
    xmin, xmax = 0, dst
    for d in range(dst):
        if not area_mode:
            f = _F32((d + 0.5) * scale - 0.5)
            s = math.floor(f)
            f = _F32(f - _F32(s))
        else:
            s = math.floor(d * scale)
            f = _F32((d + 1) - (s + 1) * inv_scale)
            f = _F32(0) if f <= 0 else _F32(f - _F32(math.floor(f)))
        if clamp:
            if s < ksize2 - 1:
                xmin = d + 1
                if s < 0 and not cubic:
                    f, s = _F32(0), 0
            if s + ksize2 >= src:
                xmax = min(xmax, d)
                if s >= src - 1 and not cubic:
                    f, s = _F32(0), src - 1
        ofs[d] = s
        weights[d] = _cubic_coeffs(f) if cubic else [_F32(1) - f, f]
    return ofs, weights, xmin, xmax


def _fixed(weights):
    out = np.rint(weights.astype(np.float32) * _F32(_COEF_SCALE))
    return np.clip(out, -32768, 32767).astype(np.int64)


def _horizontal(src, ofs, weights, xmin, xmax, cubic, fixpt, wt):
    """Horizontal pass over every source row: (H, W, C) -> (H, dst_w, C) in the work type."""
    h, w, c = src.shape
    dw = len(ofs)
    s = src.astype(np.int64 if fixpt else wt)
    out = np.empty((h, dw, c), np.int64 if fixpt else wt)
    a = _fixed(weights) if fixpt else weights.astype(wt if wt == np.float64 else np.float32)
    if not cubic:
        inside = np.arange(dw) < xmax
        i0 = ofs
        i1 = np.minimum(ofs + 1, w - 1)
        if fixpt:
            val = s[:, i0] * a[:, 0][None, :, None] + s[:, i1] * a[:, 1][None, :, None]
            edge = s[:, i0] * _COEF_SCALE
        else:
            val = (s[:, i0] * a[:, 0][None, :, None]).astype(wt) + \
                  (s[:, i1] * a[:, 1][None, :, None]).astype(wt)
            edge = s[:, i0]
        out[:] = np.where(inside[None, :, None], val, edge)
        return out
    acc = None
    for j in range(4):
        idx = np.clip(ofs - 1 + j, 0, w - 1)
        term = s[:, idx] * a[:, j][None, :, None]
        if not fixpt:
            term = term.astype(wt)
        acc = term if acc is None else (acc + term if fixpt else (acc + term).astype(wt))
    out[:] = acc
    return out


def _rows(oy, h, ksize):
    base = oy - (ksize // 2) + 1
    return [np.clip(base + k, 0, h - 1) for k in range(ksize)]


def _vertical(rows, beta, cubic, fixpt, out_dtype, wt):
    """Vertical pass: rows[k] is (dst_h, dst_w * C) of horizontal sums; beta (dst_h, ksize)."""
    dh, width = rows[0].shape
    simd_step = 8 if fixpt else 4
    simd = (np.arange(width) < (width // simd_step) * simd_step)[None, :]
    if fixpt:
        b = _fixed(beta)
        if not cubic:
            val = (((rows[0] >> 4) * b[:, :1]) >> 16) + (((rows[1] >> 4) * b[:, 1:]) >> 16)
            return _sat((val + 2) >> 2, np.uint8)
        scalar = (sum(rows[k] * b[:, k:k + 1] for k in range(4)) + (1 << 21)) >> 22
        scale = _F32(1.0 / (_COEF_SCALE * _COEF_SCALE))
        bf = (b.astype(np.float32) * scale).astype(np.float32)
        rf = [r.astype(np.float32) for r in rows]
        t = rf[3] * bf[:, 3:4]
        for k in (2, 1, 0):
            t = (rf[k] * bf[:, k:k + 1]).astype(np.float32) + t
        vec = np.clip(np.rint(t), -32768, 32767).astype(np.int64)
        return _sat(np.where(simd, vec, scalar), np.uint8)
    bw = beta.astype(np.float32).astype(wt)
    if not cubic:
        val = (rows[0] * bw[:, :1]).astype(wt) + (rows[1] * bw[:, 1:]).astype(wt)
    else:
        terms = [(rows[k] * bw[:, k:k + 1]).astype(wt) for k in range(4)]
        scalar = ((terms[0] + terms[1]).astype(wt) + terms[2]).astype(wt) + terms[3]
        if wt == np.float32:
            nested = terms[3]
            for k in (2, 1, 0):
                nested = (terms[k] + nested).astype(wt)
            val = np.where(simd, nested, scalar)
        else:
            val = scalar
    val = val.astype(wt)
    if np.dtype(out_dtype).kind == "f":
        return val.astype(out_dtype)
    return _sat(np.rint(val), out_dtype)


def _generic(src, dh, dw, mode, scale_x, scale_y, inv_x, inv_y):
    h, w, c = src.shape
    cubic = mode == CUBIC
    area_mode = mode == AREA
    ksize = 4 if cubic else 2
    fixpt = src.dtype == np.uint8
    wt = np.float64 if src.dtype == np.float64 else np.float32
    xofs, alpha, xmin, xmax = _axis_tables(w, dw, scale_x, inv_x, ksize, area_mode, cubic)
    yofs, beta, _, _ = _axis_tables(h, dh, scale_y, inv_y, ksize, area_mode, cubic, clamp=False)
    hor = _horizontal(src, xofs, alpha, xmin, xmax, cubic, fixpt, wt).reshape(h, dw * c)
    rows = [hor[r] for r in _rows(yofs, h, ksize)]
    out = _vertical(rows, beta, cubic, fixpt, src.dtype, wt)
    return out.reshape(dh, dw, c)


def _nearest(src, dh, dw, inv_x, inv_y):
    h, w, _ = src.shape
    ifx, ify = 1.0 / inv_x, 1.0 / inv_y
    xs = np.array([min(math.floor(x * ifx), w - 1) for x in range(dw)])
    ys = np.array([min(math.floor(y * ify), h - 1) for y in range(dh)])
    return src[ys][:, xs]


def _area_fast(src, dh, dw, sx, sy):
    h, w, c = src.shape
    out = np.zeros((dh, dw, c), src.dtype)
    fx, fy = w // sx, h // sy
    fast = sx == 2 and sy == 2 and c in (1, 3, 4) and src.dtype == np.uint8
    full = src[:fy * sy, :fx * sx].reshape(fy, sy, fx, sx, c)
    if src.dtype == np.uint8:
        total = full.astype(np.int64).sum(axis=(1, 3))
        if fast:
            cells = (total + 2) >> 2
        else:
            cells = np.rint((total.astype(np.float32) * _F32(1.0 / (sx * sy)))).astype(np.int64)
        out[:fy, :fx] = _sat(cells, np.uint8)
    else:
        wt = np.float64 if src.dtype == np.float64 else np.float32
        acc = np.zeros((fy, fx, c), wt)
        for a in range(sy):
            for b in range(sx):
                acc = (acc + full[:, a, :, b].astype(wt)).astype(wt)
        out[:fy, :fx] = (acc * wt(1.0 / (sx * sy))).astype(src.dtype)
    for y in range(dh):
        for x in range(dw):
            if y < fy and x < fx:
                continue
            cell = src[y * sy:min(h, (y + 1) * sy), x * sx:min(w, (x + 1) * sx)]
            if cell.size == 0:
                continue
            count = cell.shape[0] * cell.shape[1]
            mean = cell.reshape(-1, c).astype(np.float32 if src.dtype != np.float64
                                               else np.float64).sum(axis=0) / count
            out[y, x] = _sat(np.rint(mean), src.dtype) if src.dtype.kind in "iu" else mean
    return out


def _area_table(src, dst, scale):
    tab = []
    for d in range(dst):
        f1 = d * scale
        f2 = f1 + scale
        cell = min(scale, src - f1)
        s1, s2 = math.ceil(f1), math.floor(f2)
        s2 = min(s2, src - 1)
        s1 = min(s1, s2)
        if s1 - f1 > 1e-3:
            tab.append((d, s1 - 1, _F32((s1 - f1) / cell)))
        for s in range(s1, s2):
            tab.append((d, s, _F32(1.0 / cell)))
        if f2 - s2 > 1e-3:
            tab.append((d, s2, _F32(min(min(f2 - s2, 1.0), cell) / cell)))
    return tab


def _area_general(src, dh, dw, scale_x, scale_y):
    h, w, c = src.shape
    wt = np.float64 if src.dtype == np.float64 else np.float32
    xtab = _area_table(w, dw, scale_x)
    ytab = _area_table(h, dh, scale_y)
    s = src.astype(wt)
    buf = np.zeros((h, dw, c), wt)
    for d, si, alpha in xtab:
        buf[:, d] = (buf[:, d] + (s[:, si] * wt(alpha)).astype(wt)).astype(wt)
    out = np.zeros((dh, dw, c), wt)
    started = set()
    for d, si, beta in ytab:
        term = (buf[si] * wt(beta)).astype(wt)
        if d in started:
            out[d] = (out[d] + term).astype(wt)
        else:
            out[d] = term
            started.add(d)
    if src.dtype.kind == "f":
        return out.astype(src.dtype)
    return _sat(np.rint(out), src.dtype)


def resize(img, dh, dw, mode):
    """``cv::resize(img, (dw, dh), 0, 0, mode)`` for an (H, W) or (H, W, C) array."""
    squeeze = img.ndim == 2
    src = img[:, :, None] if squeeze else img
    h, w, _ = src.shape
    if (dh, dw) == (h, w):
        return img.copy()
    inv_x, inv_y = dw / w, dh / h
    scale_x, scale_y = 1.0 / inv_x, 1.0 / inv_y
    if mode == NEAREST:
        out = _nearest(src, dh, dw, inv_x, inv_y)
    else:
        ix, iy = _cv_round(scale_x), _cv_round(scale_y)
        eps = np.finfo(float).eps
        area_fast = abs(scale_x - ix) < eps and abs(scale_y - iy) < eps
        if mode == LINEAR and area_fast and ix == 2 and iy == 2:
            mode = AREA
        if mode == AREA and scale_x >= 1 and scale_y >= 1:
            out = (_area_fast(src, dh, dw, ix, iy) if area_fast
                   else _area_general(src, dh, dw, scale_x, scale_y))
        else:
            out = _generic(src, dh, dw, mode, scale_x, scale_y, inv_x, inv_y)
    return out[:, :, 0] if squeeze else out
