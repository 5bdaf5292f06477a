"""More ``mindspore.nn`` layers (MindSpore 2.10 CPU semantics): ``PixelShuffle``,
``PixelUnshuffle``, ``AdaptiveAvgPool1d``, ``AdaptiveMaxPool2d``, ``Dropout2d``, ``Softmax2d``,
``Conv3d``, ``TimeDistributed``, ``EmbeddingLookup``, ``InstanceNorm1d/2d/3d``, ``Dropout1d``,
``Dropout3d``, ``AdaptiveMaxPool1d``, ``LRN``.

The functional parts live in ``ms_compat/ops/function/_ops_extra2.py``.
"""
from __future__ import annotations

import jax.numpy as jnp
from jax import lax

from ..._src import dtype as mstype
from ..._src.cell import Cell
from ..._src.tensor import Tensor
from ...ops.function import _ops_extra2 as _X2
from ...ops.function import nn_func as F
from . import _validator as V
from .conv import _Conv

__all__ = ["PixelShuffle", "PixelUnshuffle", "AdaptiveAvgPool1d", "AdaptiveMaxPool2d",
           "Dropout2d", "Softmax2d", "Conv3d", "TimeDistributed",
           "EmbeddingLookup", "InstanceNorm1d", "InstanceNorm2d", "InstanceNorm3d",
           "Dropout1d", "Dropout3d", "AdaptiveMaxPool1d", "LRN"]


class PixelShuffle(Cell):
    """``nn.PixelShuffle(upscale_factor)``: ``ops.pixel_shuffle(input, upscale_factor)``; the
    factor is checked at call time (as in MindSpore)."""

    def __init__(self, upscale_factor):
        super().__init__()
        self.upscale_factor = upscale_factor

    def construct(self, input):  # noqa: A002
        return _X2.pixel_shuffle(input, self.upscale_factor)


class PixelUnshuffle(Cell):
    """``nn.PixelUnshuffle(downscale_factor)``: ``ops.pixel_unshuffle(input, downscale_factor)``;
    the factor is checked at call time (as in MindSpore)."""

    def __init__(self, downscale_factor):
        super().__init__()
        self.downscale_factor = downscale_factor

    def construct(self, input):  # noqa: A002
        return _X2.pixel_unshuffle(input, self.downscale_factor)


class AdaptiveAvgPool1d(Cell):
    """``nn.AdaptiveAvgPool1d(output_size)``: ``(N, C, L) -> (N, C, output_size)`` average pooling.

    As MindSpore 2.10 (which lowers it to one AvgPool), ``L`` must be divisible by
    ``output_size``: the window is ``L - (output_size - 1) * (L // output_size)`` with stride
    ``L // output_size``, i.e. equal non-overlapping windows. Only 3-D Float16/Float32 input;
    Float16 is averaged in Float32 and rounded back.
    """

    def __init__(self, output_size):
        super().__init__()
        V.check_value_type("output_size", output_size, [int], "AdaptiveAvgPool1d")
        if output_size < 1:
            raise ValueError("For 'AdaptiveAvgPool1d', the 'output_size' must be int and must >= 1,"
                             f" but got '{output_size}' with type 'int'.")
        self.output_size = output_size

    def construct(self, input):  # noqa: A002
        if not isinstance(input, Tensor):
            raise TypeError("For primitive[Shape], the input argument must be Tensor, but got "
                            f"{type(input)}.")
        a = input._array()
        pre = "For AdaptiveAvgPool1d,"
        if a.ndim != 3:
            raise ValueError(f"{pre} the input must has 3 dim, but got {a.ndim}.")
        n, c, length = a.shape
        out = self.output_size
        if length < out:
            raise ValueError(f"{pre} the input's last dimension must be greater or equal to output "
                             f"size {out}, but got {length}.")
        if length % out != 0:
            raise ValueError(f"{pre} the input's last dimension must be divisible by output size "
                             f"{out}, but got {length}.")
        name = str(mstype.from_np_dtype(a.dtype))
        if name not in ("Float16", "Float32"):
            raise TypeError(f"For AdaptiveAvgPool1d, the x_dtype must be float16 or float32, but "
                            f"got {name}.")
        k = length // out
        r = jnp.mean(a.astype(jnp.float32).reshape(n, c, out, k), axis=-1)
        return Tensor._wrap(r.astype(a.dtype))


class AdaptiveMaxPool2d(Cell):
    """``nn.AdaptiveMaxPool2d(output_size, return_indices=False)``:
    ``ops.adaptive_max_pool2d`` (arguments checked at call time, as in MindSpore)."""

    def __init__(self, output_size, return_indices=False):
        super().__init__()
        self.output_size = output_size
        self.return_indices = return_indices

    def construct(self, input):  # noqa: A002
        return _X2.adaptive_max_pool2d(input, self.output_size, self.return_indices)


class Dropout2d(Cell):
    """``nn.Dropout2d(p=0.5)``: identity in eval mode (the default, as any Cell) or when
    ``p == 0``; in training mode ``ops.dropout2d`` on a 4-D input (whole channels zeroed with
    probability ``p``, the rest scaled by ``1/(1-p)``). The random masks are not MindSpore's bits.
    ``repr`` prints ``p=<keep probability>``, as MindSpore 2.10 does."""

    def __init__(self, p=0.5):
        super().__init__()
        V.check_value_type("p", p, [float], "Dropout2d")
        if p < 0 or p > 1:
            raise ValueError("For 'Dropout2d', the 'p' must be a number in range [0, 1], but got "
                             f"{p}.")
        self.keep_prob = 1.0 - p

    def construct(self, x):
        if not self.training or self.keep_prob == 1:
            return x
        return _X2.dropout2d(x, 1.0 - self.keep_prob, True)

    def extend_repr(self):
        return f"p={self.keep_prob}"


class Softmax2d(Cell):
    """``nn.Softmax2d()``: softmax over the channel axis (``-3``) of a 3-D ``(C, H, W)`` or 4-D
    ``(N, C, H, W)`` float input. Float16 is computed in float16 steps (see ``_softmax_f16``)."""

    def construct(self, x):
        if isinstance(x, Tensor) and x.ndim not in (3, 4):
            raise ValueError("For 'Softmax2d', the in_shape must have 3 or 4 dims, but got "
                             f"{x.ndim}.")
        if isinstance(x, Tensor) and x.dtype == mstype.float16:
            return Tensor._wrap(_softmax_f16(x._array(), -3))
        return F.softmax(x, -3)


def _softmax_f16(a, axis):
    """Float16 softmax rounded to float16 after every step (max-shifted exp, a running sum, the
    division), which is how MindSpore's CPU kernel rounds. The steps run in float32 with explicit
    ``reduce_precision`` (XLA would otherwise drop the intermediate float16 roundings)."""
    def r16(v):
        return lax.reduce_precision(v, exponent_bits=5, mantissa_bits=10)
    a = jnp.moveaxis(a, axis, 0).astype(jnp.float32)
    e = r16(jnp.exp(r16(a - jnp.max(a, axis=0))))
    s = e[0]
    for i in range(1, e.shape[0]):
        s = r16(s + e[i])
    return jnp.moveaxis(r16(e / s), 0, axis).astype(jnp.float16)


# ----------------------------------------------------------------------------- Conv3d
def _check_3d(arg_name, value, cls):
    """MindSpore's ``_check_3d_int_or_tuple`` (an int or a 3-tuple of positive ints)."""
    V.check_value_type(arg_name, value, [int, tuple], cls)
    ret = (value,) * 3 if isinstance(value, int) else value
    if len(ret) != 3 or any(isinstance(v, bool) or not isinstance(v, int) or v <= 0 for v in ret):
        raise ValueError(f"For '{cls}', the parameter '{arg_name}' must be an positive integer or "
                         f"a tuple of three positive integer, but got {ret}")
    return tuple(ret)


class Conv3d(_Conv):
    """``nn.Conv3d``: 3-D convolution over ``(N, C_in, D, H, W)`` (format ``NCDHW`` only), weight
    ``(out, in/group, kd, kh, kw)``.

    ``pad_mode='same'`` (default) pads ``total // 2`` before on each spatial axis; ``'pad'`` takes
    ``padding`` as an int or a 6-tuple ``(head, tail, top, bottom, left, right)``; ``'valid'``
    none (an output size may be 0, as in MindSpore). Input Float16/Float32 of the weight's dtype
    (Float16 accumulates in float32). Initialisers as the other convolutions (``HeUniform``
    weight, ``Uniform(1/sqrt(fan_in))`` bias when ``has_bias=True``).
    """

    def __init__(self, in_channels, out_channels, kernel_size, stride=1, pad_mode="same",
                 padding=0, dilation=1, group=1, has_bias=False, weight_init=None, bias_init=None,
                 data_format="NCDHW", dtype=mstype.float32):
        cls = "Conv3d"
        if not (in_channels % group == 0 and out_channels % group == 0):
            raise ValueError("The argument 'group' should be divisible by 'in_channels' and "
                             "'out_channels'")
        kernel_size = _check_3d("kernel_size", kernel_size, cls)
        stride = _check_3d("stride", stride, cls)
        dilation = _check_3d("dilation", dilation, cls)
        V.check_value_type("padding", padding, [int, tuple], cls)
        if isinstance(padding, tuple) and len(padding) != 6:
            raise ValueError(f"For 'Conv3d', the 'padding size' must be int and must = 6, but got "
                             f"'{len(padding)}' with type 'int'.")
        super().__init__(in_channels, out_channels, kernel_size, stride, pad_mode, padding,
                         dilation, group, has_bias, weight_init, bias_init, data_format,
                         dtype=dtype)
        if not isinstance(pad_mode, str) or pad_mode.lower() not in ("valid", "same", "pad"):
            raise ValueError("For 'Conv3D', the 'pad_mode' must be str and must be in "
                             f"'['valid', 'same', 'pad']', but got '{pad_mode}'.")
        pads = padding if isinstance(padding, tuple) else (padding,) * 6
        if pad_mode.lower() != "pad" and any(p != 0 for p in pads):
            raise ValueError("For 'Conv3D', the 'pad' must be zero or (0, 0, 0, 0, 0, 0) when "
                             f"'pad_mode' is not \"pad\", but got 'pad' is {padding} and "
                             f"'pad_mode' is {pad_mode}.")
        if data_format != "NCDHW":
            raise ValueError("For 'Conv3D', the 'data_format' must be str and must be in "
                             f"'['NCDHW']', but got '{data_format}'.")
        self._pads = pads

    def construct(self, x):
        if not isinstance(x, Tensor):
            raise TypeError("For primitive[Conv3D], the input argument[x] must be a Tensor, but "
                            f"got {type(x).__name__}.")
        a = x._array()
        w = self.weight._array()
        name = str(mstype.from_np_dtype(a.dtype))
        if name not in ("BFloat16", "Float16", "Float32"):
            raise TypeError("For primitive[Conv3D], the input argument[x] must be a type of "
                            "{Tensor[BFloat16], Tensor[Float16], Tensor[Float32]}, but got "
                            f"Tensor[{name}].")
        if a.dtype != w.dtype:
            raise TypeError("For primitive[Conv3D], the input type must be same.")
        if a.ndim != 5:
            raise ValueError(f"For primitive[Conv3D], the x shape size must be equal to 5, but got "
                             f"{a.ndim}.")
        if a.shape[1] // self.group != w.shape[1] or a.shape[1] % self.group:
            raise ValueError("For 'Conv3D', 'C_in' of input 'x' shape divide by parameter 'group' "
                             f"must be equal to 'C_in' of input 'weight' shape: {w.shape[1]}, but "
                             f"got 'C_in' of input 'x' shape: {a.shape[1]}, and 'group': "
                             f"{self.group}.")
        mode = self.pad_mode.lower()
        if mode == "pad":
            p = self._pads
            pads = [(p[0], p[1]), (p[2], p[3]), (p[4], p[5])]
        elif mode == "same":
            pads = []
            for n, k, s, d in zip(a.shape[2:], w.shape[2:], self.stride, self.dilation):
                total = max((-(-n // s) - 1) * s + (k - 1) * d + 1 - n, 0)
                pads.append((total // 2, total - total // 2))
        else:
            pads = [(0, 0)] * 3
        y = lax.conv_general_dilated(
            a, w, window_strides=self.stride, padding=pads, rhs_dilation=self.dilation,
            dimension_numbers=("NCDHW", "OIDHW", "NCDHW"), feature_group_count=self.group,
            preferred_element_type=jnp.float32 if a.dtype == jnp.float16 else None)
        y = y.astype(a.dtype)
        if self.has_bias:
            y = y + self.bias._array().astype(y.dtype).reshape(1, -1, 1, 1, 1)
        return Tensor._wrap(y)


# ----------------------------------------------------------------------------- TimeDistributed
class TimeDistributed(Cell):
    """``nn.TimeDistributed(layer, time_axis, reshape_with_axis=None)`` (deprecated in MindSpore
    2.8 but present): apply ``layer`` (a Cell or Primitive) to every slice of a >= 3-D input.

    Without ``reshape_with_axis`` the input is split along ``time_axis`` (taken modulo the rank,
    Python style, as MindSpore does), ``layer`` runs on each slice and the outputs are stacked
    back along that axis. With ``reshape_with_axis`` the time axis is moved next to it (by
    MindSpore's permutation rule), the two axes are merged into one, ``layer`` runs once, and
    the result is reshaped back (leading dim ``-1``) -- same shapes and values as MindSpore.
    """

    def __init__(self, layer, time_axis, reshape_with_axis=None):
        from ...ops.primitive import Primitive
        if not isinstance(layer, (Cell, Primitive)):
            raise TypeError("For 'TimeDistributed', the 'layer' must be Cell or Primitive "
                            f"instance, but got type: {type(layer).__name__}.")
        super().__init__()
        for name, v in (("time_axis", time_axis), ("reshape_with_axis", reshape_with_axis)):
            if name == "reshape_with_axis" and v is None:
                continue
            if isinstance(v, bool) or not isinstance(v, int):
                raise TypeError(f"For 'TimeDistributed', the type of '{name}' must be 'int', but "
                                f"got '{type(v).__name__}'.")
        self.layer = layer
        self.time_axis = time_axis
        self.reshape_with_axis = reshape_with_axis

    @staticmethod
    def _check_out(out):
        if not isinstance(out, Tensor):
            raise TypeError("For 'TimeDistributed', the inputs and outputs must be a Tensor.")

    def construct(self, inputs):
        self._check_out(inputs)
        a = inputs._array()
        n = a.ndim
        if n < 3:
            raise ValueError(f"For 'TimeDistributed', the inputs shape must be at least 3D, but "
                             f"got {n}.")
        t = self.time_axis % n
        if self.reshape_with_axis is None:
            outs = []
            for i in range(a.shape[t]):
                out = self.layer(Tensor._wrap(jnp.take(a, i, axis=t)))
                self._check_out(out)
                if t > out.ndim:
                    raise ValueError("For 'TimeDistributed', the value of 'time_axis' must be in "
                                     f"range of [{-out.ndim - 1}, {out.ndim}], but got {t}.")
                outs.append(out._array())
            return Tensor._wrap(jnp.stack(outs, axis=t))
        r = self.reshape_with_axis % n
        t_new = n - 2 if r == n - 1 else (r + 1 if t > r else r - 1)
        pos = min(t_new, r)
        lo, hi = min(t_new, t), max(t_new, t)
        perm = list(range(lo)) + [hi] + list(range(lo, hi)) + list(range(hi + 1, n))
        b = jnp.transpose(a, perm)
        bshape = b.shape
        merged = b.reshape(bshape[:pos] + (-1,) + bshape[pos + 2:])
        out = self.layer(Tensor._wrap(merged))
        self._check_out(out)
        oshape = tuple(out.shape)
        if pos >= len(oshape) or merged.shape[pos] != oshape[pos]:
            raise ValueError("For 'TimeDistributed', the 'reshape_with_axis' is invalid in the input "
                             "and output. The 'reshape_pos' must be less than the length of "
                             "'outputs_shape', and the 'inputs_shape[reshape_pos]' must be equal to "
                             f"'outputs_shape[reshape_pos]', but got 'reshape_pos': {pos}, "
                             f"'inputs_shape': {tuple(merged.shape)}, 'outputs_shape': {oshape}. "
                             "You may try pass parameters without 'reshape_with_axis'.")
        new = oshape[:pos] + bshape[pos:pos + 2] + oshape[pos + 1:]
        return Tensor._wrap(out._array().reshape((-1,) + new[1:]))


# ----------------------------------------------------------------------------- EmbeddingLookup
class EmbeddingLookup(Cell):
    """``nn.EmbeddingLookup(vocab_size, embedding_size, param_init='normal', target='CPU',
    slice_mode='batch_slice', manual_shapes=None, max_norm=None, sparse=True,
    dtype=mstype.float32)``: rows of ``embedding_table`` (``(vocab_size, embedding_size)``) for
    Int32/Int64 ``indices`` of rank >= 1; output ``indices.shape + (embedding_size,)``.

    CPU-target semantics (MindSpore's EmbeddingLookup kernel): an index outside
    ``[0, vocab_size)`` (negative included) gives a zero row, no error; the gradient flows to
    the looked-up rows. ``sparse=False`` with ``target='CPU'`` is a ValueError, as in MindSpore.
    Differences: ``slice_mode``/``manual_shapes`` only matter for auto-parallel and are
    ignored; ``target='DEVICE'`` behaves as ``'CPU'`` here (MindSpore 2.10's CPU build cannot
    construct it); ``max_norm`` rescales each looked-up row to L2 norm ``<= max_norm`` (the
    documented ``ClipByNorm`` over the embedding axis; MindSpore 2.10 CPU prints other values);
    the gradient w.r.t. ``embedding_table`` is a dense table-shaped Tensor (MindSpore's
    ``ms.grad`` returns the sparse gradient's per-index rows, ``(indices.size, embedding_size)``).
    """

    def __init__(self, vocab_size, embedding_size, param_init="normal", target="CPU",
                 slice_mode="batch_slice", manual_shapes=None, max_norm=None, sparse=True,
                 dtype=mstype.float32):
        from ... import _checkparam as CP
        from ..._src.parameter import Parameter
        from ...common.initializer import initializer
        super().__init__()
        cls = "EmbeddingLookup"
        V.check_value_type("sparse", sparse, [bool], cls)
        self.vocab_size = CP.positive_int(vocab_size, "vocab_size")
        self.target = target
        self.sparse = sparse
        if not isinstance(target, str) or target not in ("CPU", "DEVICE"):
            raise ValueError(f"For '{cls}', the 'target' must be str and must be in "
                             f"'['CPU', 'DEVICE']', but got '{target}'.")
        if not sparse and target == "CPU":
            raise ValueError(f"For '{cls}', 'sparse' must be True when 'target' is \"CPU\", but "
                             f"got 'sparse': {sparse} and 'target': {target}")
        self.embedding_size = CP.positive_int(embedding_size, "embedding_size", cls)
        self.embedding_table = Parameter(initializer(param_init, [self.vocab_size,
                                                                  self.embedding_size],
                                                     dtype=dtype), name="embedding_table")
        self.slice_mode = slice_mode
        self.manual_shapes = manual_shapes
        self.max_norm = max_norm
        if max_norm is not None:
            CP.positive_float(max_norm, "max_norm", cls)

    def construct(self, indices):
        if not isinstance(indices, Tensor):
            raise TypeError("For primitive[EmbeddingLookup], the input argument[indices] must be a "
                            f"Tensor, but got {type(indices).__name__}.")
        idx = indices._array()
        name = str(mstype.from_np_dtype(idx.dtype))
        if name not in ("Int32", "Int64"):
            raise TypeError("For primitive[EmbeddingLookup], the input argument[indices] must be a "
                            f"type of {{Tensor[Int32], Tensor[Int64]}}, but got Tensor[{name}].")
        if idx.ndim == 0:
            raise ValueError("For primitive[EmbeddingLookup], the dimension of indices  must be "
                             "greater than 0 , but got 0.")
        table = self.embedding_table._array()
        flat = idx.reshape(-1)
        valid = (flat >= 0) & (flat < self.vocab_size)
        rows = jnp.take(table, jnp.where(valid, flat, 0), axis=0)
        out = jnp.where(valid[:, None], rows, jnp.zeros_like(rows))
        if self.max_norm is not None:
            sq = jnp.sum(out.astype(jnp.float32) ** 2, axis=-1, keepdims=True)
            pos = sq > 0
            norm = jnp.where(pos, jnp.sqrt(jnp.where(pos, sq, 1.0)), 0.0)
            c = jnp.float32(self.max_norm)
            out = (out.astype(jnp.float32) * c / jnp.maximum(norm, c)).astype(out.dtype)
        return Tensor._wrap(out.reshape(tuple(idx.shape) + (self.embedding_size,)))


# ----------------------------------------------------------------------------- InstanceNorm
class _InstanceNorm(Cell):
    """``nn.InstanceNorm{1,2,3}d(num_features, eps=1e-5, momentum=0.1, affine=True,
    gamma_init='ones', beta_init='zeros', dtype=mstype.float32)``.

    ``y = (x - E[x]) / sqrt(Var[x] + eps) * gamma + beta`` with the mean and the biased variance
    of each ``(n, c)`` instance over the spatial axes, in training and evaluation mode alike (as
    MindSpore documents). Parameters ``gamma``/``beta`` (``requires_grad=affine``) and
    ``moving_mean``/``moving_variance`` (names ``mean``/``variance``), constructor checks,
    messages and ``repr`` as MindSpore 2.10.
    Differences: MindSpore 2.10's CPU build has no InstanceNorm kernel (the call raises
    RuntimeError there; its GPU kernel runs), so the forward values here follow the documented
    formula; ``moving_mean``/``moving_variance`` are never updated here (nothing reads them).
    """

    _ndim = 4

    def __init__(self, num_features, eps=1e-5, momentum=0.1, affine=True, gamma_init="ones",
                 beta_init="zeros", dtype=mstype.float32):
        import numbers

        from ..._src.parameter import Parameter
        from ...common.initializer import Initializer, initializer
        super().__init__()
        cls = type(self).__name__
        V.check_value_type("num_features", num_features, [int], cls)
        V.check_value_type("eps", eps, [float], cls)
        V.check_value_type("momentum", momentum, [float], cls)
        V.check_value_type("affine", affine, [bool], cls)
        for key, val in (("gamma_init", gamma_init), ("beta_init", beta_init)):
            if not isinstance(val, (Tensor, numbers.Number, str, Initializer)):
                raise TypeError(f"For '{cls}', the type of '{key}' must be in [Tensor, "
                                "numbers.Number, str, Initializer], but got type "
                                f"{type(val).__name__}.")
            if isinstance(val, Tensor) and val.dtype != mstype.float32:
                raise TypeError(f"For '{cls}', the type of '{key}' must be float32, but got "
                                f"{val.dtype}.")
        if num_features < 1:
            raise ValueError(f"For '{cls}', the 'num_features' must be at least 1, but got "
                             f"{num_features}.")
        if momentum < 0 or momentum > 1:
            raise ValueError(f"For '{cls}', the 'momentum' must be a number in range [0, 1], but "
                             f"got {momentum}.")
        self.num_features = num_features
        self.eps = eps
        self.moving_mean = Parameter(initializer("zeros", num_features, dtype=dtype), name="mean",
                                     requires_grad=False)
        self.moving_variance = Parameter(initializer("ones", num_features, dtype=dtype),
                                         name="variance", requires_grad=False)
        self.gamma = Parameter(initializer(gamma_init, num_features, dtype=dtype), name="gamma",
                               requires_grad=affine)
        self.beta = Parameter(initializer(beta_init, num_features, dtype=dtype), name="beta",
                              requires_grad=affine)
        self.momentum = momentum

    def construct(self, x):
        cls = type(self).__name__
        if not isinstance(x, Tensor):
            raise TypeError(f"For primitive[Shape], the input argument must be Tensor, but got "
                            f"{type(x)}.")
        a = x._array()
        if a.ndim != self._ndim:
            raise ValueError(f"For '{cls}', the in_shape must have {self._ndim} dims, but got "
                             f"{a.ndim}.")
        g, b = self.gamma._array(), self.beta._array()
        if g.shape != (a.shape[1],):
            raise ValueError("For primitive[InstanceNorm], the gamma shape must be equal to (C, ) "
                             f"which is {a.shape[1]} , but got {g.shape[0]}.")
        axes = tuple(range(2, a.ndim))
        af = a.astype(jnp.float32)
        mean = jnp.mean(af, axis=axes, keepdims=True)
        var = jnp.mean(jnp.square(af - mean), axis=axes, keepdims=True)
        shape = (1, -1) + (1,) * (a.ndim - 2)
        y = (af - mean) / jnp.sqrt(var + self.eps) * g.astype(jnp.float32).reshape(shape) + \
            b.astype(jnp.float32).reshape(shape)
        return Tensor._wrap(y.astype(a.dtype))

    def extend_repr(self):
        return (f"num_features={self.num_features}, eps={self.eps}, momentum={self.momentum}, "
                f"gamma={self.gamma}, beta={self.beta}, moving_mean={self.moving_mean}, "
                f"moving_variance={self.moving_variance}")


class InstanceNorm1d(_InstanceNorm):
    """Instance normalisation of ``(N, C, L)`` input (see ``_InstanceNorm``)."""
    _ndim = 3


class InstanceNorm2d(_InstanceNorm):
    """Instance normalisation of ``(N, C, H, W)`` input (see ``_InstanceNorm``)."""
    _ndim = 4


class InstanceNorm3d(_InstanceNorm):
    """Instance normalisation of ``(N, C, D, H, W)`` input (see ``_InstanceNorm``)."""
    _ndim = 5


# ----------------------------------------------------------------------------- Dropout1d/3d
def _check_p(cls, p):
    V.check_value_type("p", p, [float], cls)
    if p < 0 or p > 1:
        raise ValueError(f"For '{cls}', the 'p' must be a number in range [0, 1], but got {p}.")
    return p


class Dropout1d(Cell):
    """``nn.Dropout1d(p=0.5)``: identity in eval mode or when ``p == 0``; in training mode
    ``ops.dropout1d`` (whole rows of a ``(N, C, L)`` / ``(C, L)`` input zeroed with probability
    ``p``, the rest scaled by ``1/(1-p)``; not MindSpore's random bits). ``repr`` prints
    ``Dropout1d()`` as MindSpore does."""

    def __init__(self, p=0.5):
        super().__init__()
        self.prob = _check_p("Dropout1d", p)

    def construct(self, x):
        if not self.training or self.prob == 0:
            return x
        return _X2.dropout1d(x, self.prob)


class Dropout3d(Cell):
    """``nn.Dropout3d(p=0.5)``: identity in eval mode or when ``p == 0``; in training mode
    ``ops.dropout3d`` on a 5-D input (whole ``(D, H, W)`` volumes zeroed; not MindSpore's random
    bits). ``repr`` prints ``p=<keep probability>``, as MindSpore 2.10 does."""

    def __init__(self, p=0.5):
        super().__init__()
        self.keep_prob = 1.0 - _check_p("Dropout3d", p)

    def construct(self, x):
        if not self.training or self.keep_prob == 1:
            return x
        return _X2.dropout3d(x, 1.0 - self.keep_prob, True)

    def extend_repr(self):
        return f"p={self.keep_prob}"


class AdaptiveMaxPool1d(Cell):
    """``nn.AdaptiveMaxPool1d(output_size)``: ``(N, C, L) -> (N, C, output_size)`` max pooling
    over equal windows; ``L`` must be divisible by ``output_size`` (MindSpore 2.10 lowers it to
    one MaxPool); Float16/Float32 only."""

    def __init__(self, output_size):
        from ... import _checkparam as CP
        super().__init__()
        CP._number(output_size, 1, "ge", int, "output_size", "AdaptiveMaxPool1d")
        self.output_size = output_size

    def construct(self, x):
        from ...ops.function._ops_extra2 import _adaptive_1d
        if not isinstance(x, Tensor):
            raise TypeError("For primitive[Shape], the input argument must be Tensor, but got "
                            f"{type(x)}.")
        return Tensor._wrap(_adaptive_1d(x._array(), self.output_size, "AdaptiveMaxPool1d",
                                         "cell"))


class LRN(Cell):
    """``nn.LRN(depth_radius=5, bias=1.0, alpha=1.0, beta=0.5, norm_region='ACROSS_CHANNELS')``:
    ``ops.lrn`` with these arguments (checked at construction, as MindSpore builds its
    primitive there)."""

    def __init__(self, depth_radius=5, bias=1.0, alpha=1.0, beta=0.5,
                 norm_region="ACROSS_CHANNELS"):
        super().__init__()
        _X2._lrn_args(depth_radius, bias, alpha, beta, norm_region)
        self._args = (depth_radius, bias, alpha, beta, norm_region)

    def construct(self, input_x):
        return _X2.lrn(input_x, *self._args)
