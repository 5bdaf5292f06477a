"""More functional ops of ``mindspore.ops`` (MindSpore 2.10 CPU semantics), written on JAX.

* ``pixel_shuffle(input, upscale_factor)``: ``(*, C*r*r, H, W) -> (*, C, H*r, W*r)``; input of
  rank >= 3, any dtype; output element ``[c, h*r+i, w*r+j]`` is input ``[c*r*r + i*r + j, h, w]``.
* ``pixel_unshuffle(input, downscale_factor)``: the inverse, ``(*, C, H*r, W*r) -> (*, C*r*r, H,
  W)``.
* ``adaptive_max_pool2d(input, output_size, return_indices=False)``: 3-D ``(C, H, W)`` or 4-D
  ``(N, C, H, W)`` float input; output cell ``(i, j)`` is the max over rows
  ``[floor(i*H/oh), ceil((i+1)*H/oh))`` and columns ``[floor(j*W/ow), ceil((j+1)*W/ow))``;
  ``None`` in ``output_size`` keeps that input size. Indices are Int64 flat offsets ``h*W + w``
  within the plane; on ties the first (row-major) position wins and receives the whole gradient.
  Differences: MindSpore also accepts a longer ``output_size`` tuple (only the first two entries
  are used, as here) and a zero size (an empty output, as here).
* ``adaptive_max_pool1d(input, output_size)``: ``(N, C, L) -> (N, C, output_size)`` max over
  equal windows; as MindSpore 2.10 (one MaxPool), ``L`` must be divisible by ``output_size``;
  Float16/Float32 only. The gradient goes to the first maximum of each window.
* ``dropout2d(input, p=0.5, training=True)``: 4-D input only (in training mode); each
  ``(n, c)`` channel is zeroed with probability ``p``, the others multiplied by the float32
  ``1/(1-p)`` in float32 and cast back (integers truncate), as MindSpore's CPU kernel; ``training=False`` returns the input itself. The masks are NOT MindSpore's
  random bits (numpy Philox keyed by ``_get_graph_seed(None, 'dropout2d')``; a fresh draw on every
  call, also under ``ms.jit``); shapes, dtypes, the channel structure and scaling match.
* ``dropout1d(input, p=0.5, training=True)``: the same over the rows of a 3-D ``(N, C, L)`` or
  2-D ``(C, L)`` input (``p`` must be a float); ``dropout3d`` over the ``(D, H, W)`` volumes of a
  5-D input.
* ``pdist(input, p=2.0)``: the ``N*(N-1)/2`` p-norm distances between the rows of a 2-D float
  input, pairs ``(i, j), i < j`` in row-major order; ``p=0`` counts differing coordinates,
  ``p=inf`` is the max-abs distance. Float16 is computed in float32 and rounded back. The
  gradient of a zero distance is 0 (MindSpore's PdistGrad).
* ``polar(abs, angle)``: ``abs * (cos(angle) + i sin(angle))``; Float32 -> Complex64, Float64 ->
  Complex128; both inputs of the same dtype and shape.
* ``lrn(x, depth_radius=5, bias=1.0, alpha=1.0, beta=0.5, norm_region="ACROSS_CHANNELS")``:
  ``x / (bias + alpha * sum(x[c'] ** 2 for |c' - c| <= depth_radius)) ** beta`` over the channel
  axis of a 4-D Float16/Float32 input (alpha is not divided by the window size). Float16 is
  computed in float32 and rounded back.
* ``unfold(input, kernel_size, dilation=1, padding=0, stride=1)`` (Im2Col): 4-D ``(N, C, H, W)``
  -> ``(N, C*kh*kw, L)``, channels ordered ``(c, ki, kj)``, blocks row-major; ``padding`` pads
  both sides of H and W with zeros. Each argument is an int or a 1/2-element sequence.
* ``fold(input, output_size, kernel_size, dilation=1, padding=0, stride=1)`` (Col2Im): the
  adjoint of ``unfold``: ``(N, C*kh*kw, L)`` blocks summed back into ``(N, C, H, W)``;
  ``output_size`` is a 1-D Int32/Int64 Tensor ``[H, W]``; float dtypes only here (MindSpore's
  CPU kernel also rejects integers). Under ``ms.jit`` ``output_size`` must be a concrete Tensor
  (e.g. one created outside the compiled function): its values fix the output shape.
"""
from __future__ import annotations

import math

import jax
import jax.numpy as jnp
import numpy as np

from ... import _checkparam as CP
from ..._src.tensor import Tensor
from ._ops_extra import _ms_name, _typeof_name
from ._util import wrap
from .nn_activation_func import _call_desc, _check_types, _seq_desc

_DROPOUT_T = ("BFloat16", "Float16", "Float32", "Float64", "Int16", "Int32", "Int64", "Int8")

__all__ = ["pixel_shuffle", "pixel_unshuffle", "adaptive_max_pool2d", "dropout2d", "pdist", "polar",
           "lrn", "unfold", "fold", "dropout1d", "dropout3d", "adaptive_max_pool1d"]


def _tname(x):
    """``ops.typeof(x)`` of a non-Tensor as MindSpore names it (``List[Int64*2]``, ``External``)."""
    return _seq_desc(x) if isinstance(x, (list, tuple)) and x else _typeof_name(x)


def _is_tensor(prim, arg, x):
    if not isinstance(x, Tensor):
        raise TypeError(f"For '{prim}', the '{arg}' must be a Tensor, but got "
                        f"'{_tname(x)}'")
    return x._array()


# ----------------------------------------------------------------------------- pixel shuffle
def pixel_shuffle(input, upscale_factor):  # noqa: A002
    """``ops.pixel_shuffle``: see the module docstring."""
    CP.positive_int(upscale_factor, "upscale_factor")
    a = _is_tensor("pixel_shuffle", "input", input)
    if a.ndim < 3:
        raise ValueError("For pixel_shuffle, the dimension of `input` should be larger than 2, but "
                         f"got {a.ndim}.")
    r = upscale_factor
    *pre, c, h, w = a.shape
    if c % (r * r) != 0:
        raise ValueError("For 'pixel_shuffle', the length of third to last dimension is not "
                         "divisibleby `upscale_factor` squared.")
    c //= r * r
    n = len(pre)
    b = a.reshape(tuple(pre) + (c, r, r, h, w))
    b = jnp.transpose(b, tuple(range(n)) + (n, n + 3, n + 1, n + 4, n + 2))
    return wrap(b.reshape(tuple(pre) + (c, h * r, w * r)))


def pixel_unshuffle(input, downscale_factor):  # noqa: A002
    """``ops.pixel_unshuffle``: see the module docstring."""
    CP.positive_int(downscale_factor, "downscale_factor")
    a = _is_tensor("pixel_unshuffle", "input", input)
    if a.ndim < 3:
        raise ValueError("For pixel_unshuffle, the dimension of `input` should be larger than 2, "
                         f"but got {a.ndim}.")
    r = downscale_factor
    *pre, c, h, w = a.shape
    if h % r != 0 or w % r != 0:
        raise ValueError("For 'pixel_unshuffle', the length of second to last 2 dimension should "
                         "be divisible by downscale_factor.")
    h //= r
    w //= r
    n = len(pre)
    b = a.reshape(tuple(pre) + (c, h, r, w, r))
    b = jnp.transpose(b, tuple(range(n)) + (n, n + 2, n + 4, n + 1, n + 3))
    return wrap(b.reshape(tuple(pre) + (c * r * r, h, w)))


# ----------------------------------------------------------------------------- adaptive max pool
def _bins(size, out):
    return [(int(math.floor(i * size / out)), int(math.ceil((i + 1) * size / out)))
            for i in range(out)]


def _adaptive_argmax_2d(a, oh, ow):
    """Flat (h*W + w) argmax per adaptive window of the last two axes (row-major first wins)."""
    h, w = a.shape[-2:]
    a = jax.lax.stop_gradient(a)
    col_max, col_arg = [], []
    for s, e in _bins(w, ow):
        seg = a[..., s:e]
        col_max.append(jnp.max(seg, axis=-1))
        col_arg.append(jnp.argmax(seg, axis=-1) + s)
    cm = jnp.stack(col_max, axis=-1)            # (..., H, ow)
    ca = jnp.stack(col_arg, axis=-1)
    idx = []
    for s, e in _bins(h, oh):
        r = jnp.argmax(cm[..., s:e, :], axis=-2)  # (..., ow), first row on ties
        col = jnp.take_along_axis(ca[..., s:e, :], r[..., None, :], axis=-2)[..., 0, :]
        idx.append((r + s) * w + col)
    return jnp.stack(idx, axis=-2).astype(jnp.int64)  # (..., oh, ow)


def adaptive_max_pool2d(input, output_size, return_indices=False):  # noqa: A002
    """``ops.adaptive_max_pool2d``: see the module docstring."""
    if not isinstance(return_indices, bool):
        raise TypeError("For 'adaptive_max_pool2d', the type of 'return_indices' should be 'bool', "
                        f"but got type '{type(return_indices).__name__}'.")
    if isinstance(output_size, int) and not isinstance(output_size, bool):
        size = (output_size, output_size)
    else:
        size = tuple(-1 if v is None else v for v in output_size)
    if not isinstance(input, Tensor):
        raise TypeError("For primitive[AdaptiveMaxPool2D], the input argument[x] must be a "
                        f"Tensor, but got {_tname(input)}.")
    a = input._array()
    if a.ndim not in (3, 4):
        raise ValueError("For primitive[AdaptiveMaxPool2D], the rank of x must be in [3,4], but "
                         f"got {a.ndim}.")
    if _ms_name(a) not in ("Float16", "Float32", "Float64"):
        raise TypeError("Select CPU operator[AdaptiveMaxPool2D] fail! Unsupported data type!")
    if len(size) < 2 or any(isinstance(v, bool) or not isinstance(v, int) or v < -1
                            for v in size[:2]):
        raise RuntimeError("For primitive[AdaptiveMaxPool2D], the output_size is illegal")
    h, w = a.shape[-2:]
    oh = h if size[0] == -1 else size[0]
    ow = w if size[1] == -1 else size[1]
    lead = a.shape[:-2]
    if oh == 0 or ow == 0 or h == 0 or w == 0:
        out = jnp.zeros(lead + (oh, ow), a.dtype)
        idx = jnp.zeros(lead + (oh, ow), jnp.int64)
    else:
        idx = _adaptive_argmax_2d(a, oh, ow)
        flat = a.reshape(lead + (h * w,))
        out = jnp.take_along_axis(flat, idx.reshape(lead + (oh * ow,)), axis=-1)
        out = out.reshape(lead + (oh, ow))
    if return_indices:
        return wrap(out), wrap(idx)
    return wrap(out)


# ----------------------------------------------------------------------------- dropout2d
def _channel_dropout(a, keep_prob, prim, name):
    """Zero whole ``(n, c)`` planes of ``a`` with probability ``1 - keep_prob``; scale the kept
    ones by ``1/keep_prob`` (zeros everywhere when ``keep_prob == 0``)."""
    from ...common.seed import _get_graph_seed
    from ._random_extra import _NpKernel
    kernel = _NpKernel(*_get_graph_seed(None, name))
    mshape = a.shape[:2] + (1,) * (a.ndim - 2)

    def draw(gen):
        return gen.random(mshape) < keep_prob
    keep = kernel.launch(draw, mshape, np.bool_)
    if keep_prob == 0:
        return jnp.zeros_like(a)
    # MindSpore's CPU kernel scales in float32 whatever the dtype (then casts back, truncating
    # for integers)
    scale = np.float32(1.0) / np.float32(keep_prob)
    kept = (a.astype(jnp.float32) * scale).astype(a.dtype)
    return jnp.where(keep, kept, jnp.zeros_like(a))


def _check_keep_prob(prim, keep_prob):
    if not 0.0 <= keep_prob <= 1.0:
        raise ValueError(f"For '{prim}', the 'keep_prob' must be in range of [0.0, 1.0], but got "
                         f"{keep_prob} with type 'float'.")


def _dropout_nd(name, prim, rank, input, p, training):  # noqa: A002
    """dropout2d / dropout3d: MindSpore's argument checks, then whole-channel dropout."""
    if not isinstance(training, bool):
        raise TypeError(f"For '{name}', the 'training' must be a bool, but got "
                        f"{type(training).__name__}.")
    if not training:
        return input
    keep_prob = 1.0 - p
    _check_keep_prob(prim, keep_prob)
    if not isinstance(input, Tensor):
        raise TypeError(f"For Primitive[{prim}], the type of input argument[x] must be Tensor "
                        f"but got {_tname(input)}.")
    a = input._array()
    _check_types(prim, a, _DROPOUT_T, arg="x")
    if a.ndim != rank:
        raise ValueError(f"For primitive[{prim}], the rank of input  must be equal to {rank} , "
                         f"but got {a.ndim}.")
    return wrap(_channel_dropout(a, keep_prob, prim, name))


def dropout2d(input, p=0.5, training=True):  # noqa: A002
    """``ops.dropout2d``: see the module docstring."""
    return _dropout_nd("dropout2d", "Dropout2D", 4, input, p, training)


# ----------------------------------------------------------------------------- pdist
def _pdist_f(a, p):
    n = a.shape[0]
    i, j = np.triu_indices(n, 1)
    d = a[i] - a[j]
    if p == 0:
        return jnp.sum((d != 0).astype(a.dtype), axis=-1)
    ad = jnp.abs(d)
    if math.isinf(p):
        return jnp.max(ad, axis=-1) if d.shape[-1] else jnp.zeros(d.shape[:1], a.dtype)
    if p == 1:
        return jnp.sum(ad, axis=-1)
    if p == 2:
        s = jnp.sum(d * d, axis=-1)
    else:
        s = jnp.sum(ad ** p, axis=-1)
    pos = s > 0
    safe = jnp.where(pos, s, 1.0)
    root = jnp.sqrt(safe) if p == 2 else safe ** (1.0 / p)
    return jnp.where(pos, root, jnp.zeros_like(s))


def pdist(input, p=2.0):  # noqa: A002
    """``ops.pdist``: see the module docstring."""
    if isinstance(p, bool) or not isinstance(p, float):
        raise TypeError("For 'Pdist', the type of 'p' should be 'float', but got type "
                        f"'{type(p).__name__}'.")
    if p < 0:
        raise ValueError(f"Pdist p must be a non-negative value, but got `{p}`.")
    if not isinstance(input, Tensor):
        raise TypeError("For Primitive[Pdist], the type of input argument[x] must be Tensor but "
                        f"got {_tname(input)}.")
    a = input._array()
    _check_types("Pdist", a, ("Float16", "Float32", "Float64"), arg="x")
    if a.ndim != 2:
        raise ValueError(f"For primitive[Pdist], the x dim must be equal to 2, but got {a.ndim}.")
    if a.dtype == jnp.float16:
        return wrap(_pdist_f(a.astype(jnp.float32), p).astype(jnp.float16))
    return wrap(_pdist_f(a, p))


# ----------------------------------------------------------------------------- polar
def polar(abs, angle):  # noqa: A002
    """``ops.polar``: see the module docstring."""
    if not isinstance(abs, Tensor) or not isinstance(angle, Tensor):
        raise TypeError(f'Failed calling Polar with "Polar()(abs={_call_desc(abs)}, '
                        f'angle={_call_desc(angle)})".')
    r, t = abs._array(), angle._array()
    _check_types("Polar", r, ("Float32", "Float64"), arg="abs")
    if r.dtype != t.dtype:
        raise TypeError("For primitive[Polar], the input type must be same.")
    if r.shape != t.shape:
        def vec(sh):
            return "[const vector]{" + ", ".join(str(v) for v in sh) + "}"
        raise ValueError(f"For 'Polar, shape of inputs should be the same, but get shape of "
                         f"input[0] : {vec(r.shape)} , shape of input[1] : {vec(t.shape)} .")
    if r.dtype == jnp.float32:
        # MindSpore's CPU kernel rounds like a float64 product rounded once to float32
        r64, t64 = r.astype(jnp.float64), t.astype(jnp.float64)
        re = (r64 * jnp.cos(t64)).astype(jnp.float32)
        im = (r64 * jnp.sin(t64)).astype(jnp.float32)
        return wrap(jax.lax.complex(re, im))
    c, s = jnp.cos(t), jnp.sin(t)
    return wrap(jax.lax.complex(r * c, r * s))


# ----------------------------------------------------------------------------- lrn
def _lrn_args(depth_radius, bias, alpha, beta, norm_region):
    """The LRN primitive's constructor checks (``ops.lrn`` and ``nn.LRN``)."""
    def ftype(name, v):
        if isinstance(v, bool) or not isinstance(v, float):
            raise TypeError(f"For 'LRN', the type of '{name}' should be 'float', but got type "
                            f"'{type(v).__name__}'.")
    if isinstance(depth_radius, bool) or not isinstance(depth_radius, int):
        raise TypeError("For 'LRN', the type of 'depth_radius' should be 'int', but got type "
                        f"'{type(depth_radius).__name__}'.")
    ftype("bias", bias)
    ftype("alpha", alpha)
    ftype("beta", beta)
    if not isinstance(norm_region, str):
        raise TypeError("For 'LRN', the type of 'norm_region' should be 'str', but got type "
                        f"'{type(norm_region).__name__}'.")
    if depth_radius < 0:
        raise ValueError("For 'LRN', the 'depth_radius' must be int and must >= 0, but got "
                         f"'{depth_radius}' with type 'int'.")
    if norm_region != "ACROSS_CHANNELS":
        raise ValueError("For 'LRN', the 'norm_region' must be str and must be in "
                         f"'['ACROSS_CHANNELS']', but got '{norm_region}'.")


def lrn(x, depth_radius=5, bias=1.0, alpha=1.0, beta=0.5, norm_region="ACROSS_CHANNELS"):
    """``ops.lrn``: see the module docstring."""
    _lrn_args(depth_radius, bias, alpha, beta, norm_region)
    if not isinstance(x, Tensor):
        raise TypeError("For Primitive[LRN], the type of input argument[x] must be Tensor but got "
                        f"{_tname(x)}.")
    a = x._array()
    _check_types("LRN", a, ("Float16", "Float32"), arg="x")
    if a.ndim != 4:
        raise ValueError(f"For primitive[LRN], the rank of input  must be equal to 4 , but got "
                         f"{a.ndim}.")
    af = a.astype(jnp.float32)
    sq = af * af
    c = a.shape[1]
    padded = jnp.pad(sq, ((0, 0), (depth_radius, depth_radius), (0, 0), (0, 0)))
    win = sum(padded[:, k:k + c] for k in range(2 * depth_radius + 1))
    out = af / (bias + alpha * win) ** beta
    return wrap(out.astype(a.dtype))


# ----------------------------------------------------------------------------- unfold / fold
def _seq_param(prim, name, v, lens):
    if isinstance(v, bool) or not isinstance(v, (int, tuple, list)):
        kinds = "['int', 'tuple', 'list']" if prim == "unfold" else "['int', 'list', 'tuple']"
        raise TypeError(f"For '{prim}', the type of '{name}' should be one of '{kinds}', but got "
                        f"type '{type(v).__name__}'.")
    v = (v, v) if isinstance(v, int) else tuple(v)
    if len(v) not in lens:
        if prim == "unfold":
            raise ValueError(f"For 'unfold', the {name} size should be in : [1, 2], but got "
                             f"{len(v)}.")
        raise ValueError(f"For 'fold', the '{name}' must be int and must = 2, but got '{len(v)}' "
                         "with type 'int'.")
    low, rel = (0, ">=") if name == "padding" else (1, ">")
    for i, e in enumerate(v):
        if isinstance(e, bool) or not isinstance(e, int):
            raise TypeError(f"For '{prim}', the '{name}[{i}]' must be int, but got "
                            f"'{type(e).__name__}'")
        if e < low:
            raise ValueError(f"For '{prim}', the '{name}[{i}]' must be int and must {rel} "
                             f"{0}, but got '{e}' with type 'int'.")
    return (v[0], v[0]) if len(v) == 1 else v


def _blocks(h, w, k, d, p, st):
    oh = (h + 2 * p[0] - d[0] * (k[0] - 1) - 1) // st[0] + 1
    ow = (w + 2 * p[1] - d[1] * (k[1] - 1) - 1) // st[1] + 1
    return oh, ow


def _vec(sh):
    return "[const vector]{" + ", ".join(str(v) for v in sh) + "}"


def unfold(input, kernel_size, dilation=1, padding=0, stride=1):  # noqa: A002
    """``ops.unfold``: see the module docstring."""
    k = _seq_param("unfold", "kernel_size", kernel_size, (1, 2))
    d = _seq_param("unfold", "dilation", dilation, (1, 2))
    p = _seq_param("unfold", "padding", padding, (1, 2))
    st = _seq_param("unfold", "stride", stride, (1, 2))
    if not isinstance(input, Tensor):
        raise TypeError("For Primitive[Im2Col], the type of input argument[x] must be Tensor but "
                        f"got {_tname(input)}.")
    a = input._array()
    _check_types("Im2Col", a, ("Complex128", "Complex64", "Float16", "Float32", "Float64",
                               "Int16", "Int32", "Int64", "Int8", "UInt8"), arg="x")
    if a.ndim != 4:
        raise ValueError("For primitive[Im2Col], the dimension of input x must be equal to 4, but "
                         f"got {a.ndim}.")
    n, c, h, w = a.shape
    oh, ow = _blocks(h, w, k, d, p, st)
    if oh < 1 or ow < 1:
        raise ValueError(f"For Im2Col, given input with spatial size {tuple(a.shape)}, "
                         f"ksizes={k}, dilation=({d[0]}, {d[1]}, pads=({_vec(p)}), calculated "
                         f"shape of the array of sliding blocks as ({oh}, {ow}), but its "
                         "components must be at least one.")
    ap = jnp.pad(a, ((0, 0), (0, 0), (p[0], p[0]), (p[1], p[1])))
    cols = []
    for i in range(k[0]):
        for j in range(k[1]):
            r0, c0 = i * d[0], j * d[1]
            cols.append(ap[:, :, r0:r0 + st[0] * (oh - 1) + 1:st[0],
                           c0:c0 + st[1] * (ow - 1) + 1:st[1]])
    out = jnp.stack(cols, axis=2)                 # (N, C, kh*kw, oh, ow)
    return wrap(out.reshape(n, c * k[0] * k[1], oh * ow))


def fold(input, output_size, kernel_size, dilation=1, padding=0, stride=1):  # noqa: A002
    """``ops.fold``: see the module docstring."""
    k = _seq_param("fold", "kernel_size", kernel_size, (2,))
    d = _seq_param("fold", "dilation", dilation, (2,))
    p = _seq_param("fold", "padding", padding, (2,))
    st = _seq_param("fold", "stride", stride, (2,))
    if not isinstance(input, Tensor):
        raise TypeError("For primitive[Shape], the input argument must be Tensor, but got "
                        f"{type(input)}.")
    a = input._array()
    kk = k[0] * k[1]
    size = int(np.prod(a.shape))
    rest = size // (a.shape[0] * kk * a.shape[-1]) if a.shape[0] * kk * a.shape[-1] else 0
    if a.ndim < 2 or rest * a.shape[0] * kk * a.shape[-1] != size:
        proposed = a.shape[:1] + (-1, kk) + a.shape[-1:]
        raise ValueError(f"proposed_shape '{_vec(proposed)}' is invalid for input of size {size}")
    a = a.reshape(a.shape[0], rest, kk, a.shape[-1])
    if not isinstance(output_size, Tensor):
        raise TypeError("For Primitive[Col2Im], the type of input argument[output_size] must be "
                        f"Tensor but got {_tname(output_size)}.")
    _check_types("Col2Im", output_size._array(), ("Int32", "Int64"), arg="output_size")
    oarr = output_size._array()
    if isinstance(oarr, jax.core.Tracer):
        raise ValueError("For 'fold', 'output_size' must be a constant Tensor (its values fix the "
                         "output shape); it is a traced value here.")
    osz = np.asarray(oarr).reshape(-1).tolist()
    if output_size.ndim != 1 or len(osz) != 2:
        raise ValueError("For 'Col2Im', 'output_size' must be a 1D Tensor with 2 elements, but "
                         f"got a {output_size.ndim}-D Tensor with {len(osz)} elements.")
    if _ms_name(a) not in ("Float16", "Float32", "Float64", "Complex64", "Complex128"):
        raise TypeError("For primitive[Col2Im], the CPU kernel does not support input of type "
                        f"{_ms_name(a)}.")
    h, w = int(osz[0]), int(osz[1])
    oh, ow = _blocks(h, w, k, d, p, st)
    if oh * ow != a.shape[-1]:
        raise ValueError("For 'Col2Im', size of input's 4th dimension must be equal to calculated "
                         f"number of sliding blocks, but got input.size[3]: {a.shape[-1]}, "
                         f"calculated number of sliding blocks: {max(oh, 0) * max(ow, 0)}. Please "
                         "refer to Mindspore official website API docs for details about how the "
                         "number of sliding blocks is calculated.")
    n, c = a.shape[:2]
    blocks = a.reshape(n, c, k[0], k[1], oh, ow)
    acc = jnp.zeros((n, c, h + 2 * p[0], w + 2 * p[1]), a.dtype)
    for i in range(k[0]):
        for j in range(k[1]):
            r0, c0 = i * d[0], j * d[1]
            acc = acc.at[:, :, r0:r0 + st[0] * (oh - 1) + 1:st[0],
                         c0:c0 + st[1] * (ow - 1) + 1:st[1]].add(blocks[:, :, i, j])
    return wrap(acc[:, :, p[0]:p[0] + h, p[1]:p[1] + w])


def dropout1d(input, p=0.5, training=True):  # noqa: A002
    """``ops.dropout1d``: see the module docstring."""
    if not isinstance(p, float):
        raise TypeError(f"For dropout1d, 'p' must be float, but got type {type(p)}.")
    if p < 0 or p > 1:
        raise ValueError(f"For dropout1d, the 'p' must be a number in range [0, 1], but got {p}.")
    if not isinstance(input, Tensor):
        raise TypeError(f"For dropout1d, 'input' must be Tensor, but got type {type(input)}.")
    if not isinstance(training, bool):
        raise TypeError(f"For 'dropout1d', the 'training' must be a bool, but got "
                        f"{type(training).__name__}.")
    if not training:
        return input
    a = input._array()
    _check_types("Dropout2D", a, _DROPOUT_T, arg="x")
    if a.ndim not in (2, 3):
        raise ValueError(f"For dropout1d, input shape should be 2D or 3D, but got {a.ndim}.")
    b = a[None] if a.ndim == 2 else a
    out = _channel_dropout(b, 1.0 - p, "Dropout2D", "dropout1d")
    return wrap(out[0] if a.ndim == 2 else out)


def dropout3d(input, p=0.5, training=True):  # noqa: A002
    """``ops.dropout3d``: see the module docstring."""
    return _dropout_nd("dropout3d", "Dropout3D", 5, input, p, training)


# ----------------------------------------------------------------------------- adaptive 1-D pools
def _adaptive_1d(a, out, prim, style):
    """Shared checks and the max pooling of ``adaptive_max_pool1d`` / ``nn.AdaptiveMaxPool1d``
    (``style`` picks MindSpore's two message wordings)."""
    pre = f"For {prim}" + ("," if style == "cell" else "")
    if a.ndim != 3:
        verb = "must has" if style == "cell" else "must have"
        raise ValueError(f"{pre} {'the input' if style == 'cell' else 'input'} {verb} 3 dim, but "
                         f"got {a.ndim}.")
    length = a.shape[2]
    what = "the input's" if style == "cell" else "input's"
    if length < out:
        raise ValueError(f"{pre} {what} last dimension must be greater or equal to output size "
                         f"{out}, but got {length}.")
    if length % out != 0:
        raise ValueError(f"{pre} {what} last dimension must be divisible by output size {out}, "
                         f"but got {length}.")
    name = _ms_name(a)
    if name not in ("Float16", "Float32"):
        if style == "cell":
            raise TypeError(f"For {prim}, the x_dtype must be float16 or float32, but got {name}.")
        raise TypeError(f"For {prim}, the input dtype must be float16 or float32, but got {name}.")
    n, c = a.shape[:2]
    win = a.reshape(n, c, out, length // out)
    idx = jnp.argmax(jax.lax.stop_gradient(win), axis=-1)
    return jnp.take_along_axis(win, idx[..., None], axis=-1)[..., 0]


def adaptive_max_pool1d(input, output_size):  # noqa: A002
    """``ops.adaptive_max_pool1d``: see the module docstring."""
    if not isinstance(input, Tensor):
        raise TypeError("For adaptive_max_pool1d, the input input must be tensor")
    CP._number(output_size, 1, "ge", int, "output_size", "adaptive_max_pool1d")
    return wrap(_adaptive_1d(input._array(), output_size, "adaptive_max_pool1d", "func"))
