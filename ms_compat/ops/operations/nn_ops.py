"""``mindspore.ops.operations.nn_ops``: neural-network Primitive classes (``ops.ReLU()``,
``ops.Softmax(axis)``, ``ops.SoftmaxCrossEntropyWithLogits()``, ``ops.Conv2D(...)`` ...).

The maths lives in ``ops/function/nn_func.py`` (owned by the layers code); these classes look the
functions up at call time (``_base.lazy``), so a Primitive whose function is not there yet raises
NotImplementedError naming it. Primitive-level conventions are MindSpore's:
``SoftmaxCrossEntropyWithLogits`` returns ``(loss per sample, dlogits)``,
``SparseSoftmaxCrossEntropyWithLogits()`` the mean loss, ``Dropout`` ``(output, mask)``,
``LayerNorm`` ``(y, mean, rstd)``, ``BatchNorm`` five outputs, ``Conv2D`` works on NCHW/OIHW.
"""
from __future__ import annotations

import numbers

import jax
import jax.numpy as jnp
import numpy as np

from ..function import _op_dtypes as R
from ..function._util import arr, wrap
from ..primitive import Primitive
from ._base import FORMAT, PAD_MODE, REDUCTION, lazy

_M = __name__
_BIAS_RULE = R.rule("P.BiasAdd", "BiasAdd", "input_x")


def _act_prim(name, module, attr, arg_names=()):
    get = lazy(module, attr, name)

    def __init__(self, *args, **kwargs):
        vals = dict(zip(arg_names, args))
        vals.update(kwargs)
        self._init(**vals)
        self._kw = vals

    def __call__(self, x, *rest):
        return get()(x, *rest, **self._kw)

    return type(name, (Primitive,), {"__init__": __init__, "__call__": __call__, "__module__": _M,
                                     "__doc__": f"``ops.{name}``: ``ops.{attr}``."})


ReLU = _act_prim("ReLU", "nn_func", "relu")
ReLU6 = _act_prim("ReLU6", "nn_func", "relu6")
Sigmoid = _act_prim("Sigmoid", "nn_func", "sigmoid")
Tanh = _act_prim("Tanh", "math_func", "tanh")
class GeLU(Primitive):
    """``ops.GeLU()``: MindSpore's primitive uses the tanh approximation."""

    def __init__(self):
        self._init()

    def __call__(self, input):  # noqa: A002
        return lazy("nn_func", "gelu", self.name)()(input, approximate="tanh")


Gelu = type("Gelu", (GeLU,), {"__module__": _M})
FastGeLU = _act_prim("FastGeLU", "nn_func", "fast_gelu")
FastGelu = _act_prim("FastGelu", "nn_func", "fast_gelu")
Softplus = _act_prim("Softplus", "nn_func", "softplus")
Softsign = _act_prim("Softsign", "nn_func", "softsign")
HSwish = _act_prim("HSwish", "nn_func", "hardswish")
HSigmoid = _act_prim("HSigmoid", "nn_func", "hardsigmoid")
Mish = _act_prim("Mish", "nn_func", "mish")
SeLU = _act_prim("SeLU", "nn_func", "selu")
PReLU = _act_prim("PReLU", "nn_func", "prelu")
class CeLU(Primitive):
    def __init__(self, alpha=1.0):
        self._init(alpha=alpha)
        self._alpha = alpha

    def __call__(self, input_x):
        return lazy("nn_func", "celu", "CeLU")()(input_x, self._alpha)


class Elu(Primitive):
    def __init__(self, alpha=1.0):
        self._init(alpha=alpha)
        self._alpha = alpha

    def __call__(self, input_x):
        return lazy("nn_func", "elu", "Elu")()(input_x, self._alpha)


class Softmax(Primitive):
    """``ops.Softmax(axis=-1)``; the attribute is stored as a tuple, as MindSpore does."""

    def __init__(self, axis=-1):
        axes = (axis,) if isinstance(axis, numbers.Integral) else tuple(axis)
        self._init(axis=axes)
        self._axis = axes[0] if len(axes) == 1 else axes

    def __call__(self, input):  # noqa: A002
        return lazy("nn_func", "softmax", "Softmax")()(input, self._axis)


class LogSoftmax(Primitive):
    def __init__(self, axis=-1):
        self._init(axis=axis)
        self._axis = axis

    def __call__(self, logits):
        return lazy("nn_func", "log_softmax", "LogSoftmax")()(logits, self._axis)


class BiasAdd(Primitive):
    """``ops.BiasAdd(data_format='NCHW')(x, bias)``: adds ``bias`` along the channel axis."""

    def __init__(self, data_format="NCHW"):
        if data_format not in ("NCHW", "NHWC", "NCDHW"):
            raise ValueError(f"For 'BiasAdd', the 'data_format' must be 'NCHW', 'NHWC' or "
                             f"'NCDHW', but got {data_format}.")
        self._init(data_format=FORMAT.get(data_format, data_format))
        self._fmt = data_format

    def __call__(self, input_x, bias):
        x, b = arr(input_x), arr(bias)
        _BIAS_RULE(x.dtype)
        if self._fmt == "NHWC" or x.ndim < 2:
            return wrap((x + b).astype(x.dtype))
        shape = (1, -1) + (1,) * (x.ndim - 2)
        return wrap((x + b.reshape(shape)).astype(x.dtype))


class L2Normalize(Primitive):
    """``ops.L2Normalize(axis=0, epsilon=1e-4)``: ``x / sqrt(max(sum(x**2, axis), epsilon))``."""

    def __init__(self, axis=0, epsilon=1e-4):
        axes = (axis,) if isinstance(axis, numbers.Integral) else tuple(axis)
        self._init(axis=list(axes), epsilon=epsilon)
        self._axis, self._eps = axes, epsilon

    def __call__(self, x):
        a = arr(x)
        s = jnp.sum(a * a, axis=self._axis, keepdims=True)
        return wrap((a / jnp.sqrt(jnp.maximum(s, self._eps))).astype(a.dtype))


class SoftmaxCrossEntropyWithLogits(Primitive):
    """``(loss, dlogits)``: per-sample ``-sum(labels * log_softmax(logits))`` and
    ``softmax(logits) - labels``."""

    def __init__(self):
        self._init()

    def __call__(self, logits, labels):
        log_softmax = lazy("nn_func", "log_softmax", "SoftmaxCrossEntropyWithLogits")()
        lp = arr(log_softmax(logits, -1))
        y = arr(labels).astype(lp.dtype)
        return wrap(-jnp.sum(y * lp, axis=-1)), wrap(jnp.exp(lp) - y)


class SparseSoftmaxCrossEntropyWithLogits(Primitive):
    """``is_grad=False``: the mean of ``-log_softmax(logits)[label]``; ``True``: its gradient."""

    def __init__(self, is_grad=False):
        self._init(is_grad=is_grad, sens=1.0)
        self._grad = is_grad

    def __call__(self, logits, labels):
        log_softmax = lazy("nn_func", "log_softmax", "SparseSoftmaxCrossEntropyWithLogits")()
        lp = arr(log_softmax(logits, -1))
        lab = arr(labels)
        n = lp.shape[0]
        if self._grad:
            oh = jax.nn.one_hot(lab, lp.shape[-1], dtype=lp.dtype)
            return wrap((jnp.exp(lp) - oh) / n)
        picked = jnp.take_along_axis(lp, lab[..., None].astype(np.int32), axis=-1)[..., 0]
        return wrap(-jnp.mean(picked))


class SigmoidCrossEntropyWithLogits(Primitive):
    def __init__(self):
        self._init()

    def __call__(self, logits, label):
        fn = lazy("nn_func", "binary_cross_entropy_with_logits", "SigmoidCrossEntropyWithLogits")()
        return fn(logits, label, None, None, "none")


class BinaryCrossEntropy(Primitive):
    def __init__(self, reduction="mean"):
        self._init(reduction=REDUCTION.get(reduction, reduction))
        self._red = reduction

    def __call__(self, input, target, weight=None):  # noqa: A002
        return lazy("nn_func", "binary_cross_entropy", "BinaryCrossEntropy")()(
            input, target, weight, self._red)


class SmoothL1Loss(Primitive):
    def __init__(self, beta=1.0, reduction="none"):
        self._init(beta=beta, reduction=REDUCTION.get(reduction, reduction))
        self._beta, self._red = beta, reduction

    def __call__(self, prediction, target):
        return lazy("nn_func", "smooth_l1_loss", "SmoothL1Loss")()(
            prediction, target, self._beta, self._red)


class NLLLoss(Primitive):
    """``(loss, total_weight)`` of MindSpore's NLLLoss primitive."""

    def __init__(self, reduction="mean", ignore_index=-100):
        self._init(reduction=REDUCTION.get(reduction, reduction), ignore_index=ignore_index)
        self._red, self._ign = reduction, ignore_index

    def __call__(self, logits, labels, weight):
        fn = lazy("nn_func", "nll_loss", "NLLLoss")()
        loss = fn(logits, labels, weight, self._ign, self._red)
        lab, w = arr(labels), arr(weight)
        keep = lab != self._ign
        total = jnp.sum(jnp.where(keep, jnp.take(w, jnp.where(keep, lab, 0)), 0))
        return loss, wrap(total.astype(w.dtype))


def _pair(v):
    return (int(v), int(v)) if isinstance(v, numbers.Integral) else tuple(int(e) for e in v[-2:])


class Conv2D(Primitive):
    """``ops.Conv2D(out_channel, kernel_size, mode=1, pad_mode='valid', pad=0, stride=1,
    dilation=1, group=1, data_format='NCHW')(x, weight)``."""

    def __init__(self, out_channel, kernel_size, mode=1, pad_mode="valid", pad=0, stride=1,
                 dilation=1, group=1, data_format="NCHW"):
        pads = (pad,) * 4 if isinstance(pad, numbers.Integral) else tuple(pad)
        self._init(out_channel=out_channel, kernel_size=kernel_size, mode=mode,
                   pad_mode=pad_mode, pad=pads, stride=(1, 1) + _pair(stride),
                   dilation=(1, 1) + _pair(dilation), group=group, data_format=data_format,
                   groups=group)
        self._args = (_pair(stride), pad_mode, pad, _pair(dilation), group)

    def __call__(self, x, weight):
        fn = lazy("nn_func", "conv2d_nchw", "Conv2D")()
        stride, pad_mode, pad, dilation, group = self._args
        return wrap(fn(arr(x), arr(weight), stride, pad_mode, pad, dilation, group))


class _Pool(Primitive):
    _fn = _prim = None

    def __init__(self, kernel_size=1, strides=1, pad_mode="valid", data_format="NCHW"):
        self._k, self._s, self._mode = _pair(kernel_size), _pair(strides), pad_mode.upper()
        self._init(**self._attrs(data_format))

    def _attrs(self, data_format):
        return dict(kernel_size=(1, 1) + self._k, strides=(1, 1) + self._s, pad_mode=self._mode,
                    data_format=data_format)

    def __call__(self, x):
        fn = lazy("nn_func", self._fn, self.name)()
        return wrap(fn(arr(x), self._k, self._s, self._mode))


class MaxPool(_Pool):
    _fn = "max_pool2d_nchw"


class AvgPool(_Pool):
    _fn = "avg_pool2d_nchw"

    def _attrs(self, data_format):
        return dict(kernel_size=self._k, strides=self._s, pad_mode=PAD_MODE.get(self._mode),
                    data_format=FORMAT.get(data_format, data_format))


class AdaptiveAvgPool2D(Primitive):
    def __init__(self, output_size):
        self._init(output_size=output_size)
        self._size = output_size

    def __call__(self, x):
        return lazy("nn_func", "adaptive_avg_pool2d", "AdaptiveAvgPool2D")()(x, self._size)


class LayerNorm(Primitive):
    """``ops.LayerNorm(begin_norm_axis=1, begin_params_axis=1, epsilon=1e-7)(x, gamma, beta)``:
    ``(y, mean, rstd)`` (mean and rstd keep the reduced axes as size 1)."""

    def __init__(self, begin_norm_axis=1, begin_params_axis=1, epsilon=1e-7):
        self._init(begin_norm_axis=begin_norm_axis, begin_params_axis=begin_params_axis,
                   epsilon=epsilon)
        self._args = (begin_norm_axis, begin_params_axis, epsilon)

    def __call__(self, input_x, gamma, beta):
        fn = lazy("nn_func", "layer_norm_arrays", "LayerNorm")()
        x = arr(input_x)
        bna, bpa, eps = self._args
        y = fn(x, arr(gamma).astype(x.dtype), arr(beta).astype(x.dtype), bna, bpa, eps)
        axes = tuple(range(bna % x.ndim, x.ndim))
        mean = jnp.mean(x, axis=axes, keepdims=True)
        var = jnp.mean(jnp.square(x - mean), axis=axes, keepdims=True)
        return wrap(y), wrap(mean), wrap(jax.lax.rsqrt(var + eps))


class BatchNorm(Primitive):
    """``ops.BatchNorm(is_training=False, epsilon=1e-5, momentum=0.1)(x, scale, bias, mean,
    variance)``: ``(y, batch_mean, batch_var, reserve_1, reserve_2)``; in training the moving
    statistics (Parameters) are updated in place."""

    def __init__(self, is_training=False, epsilon=1e-5, momentum=0.1, data_format="NCHW"):
        self._init(is_training=is_training, epsilon=epsilon, momentum=momentum,
                   data_format=data_format)
        self._train, self._eps, self._mom = is_training, epsilon, momentum

    def __call__(self, input_x, scale, bias, mean, variance):
        x = arr(input_x)
        g, b = arr(scale).astype(x.dtype), arr(bias).astype(x.dtype)
        if not self._train:
            fn = lazy("nn_func", "batch_norm_infer", "BatchNorm")()
            m, v = arr(mean), arr(variance)
            y = fn(x, g, b, m.astype(x.dtype), v.astype(x.dtype), self._eps)
            return wrap(y), wrap(m), wrap(v), wrap(m), wrap(v)
        train = lazy("nn_func", "batch_norm_train", "BatchNorm")()
        update = lazy("nn_func", "update_moving_stats", "BatchNorm")()
        y, bm, bv = train(x, g, b, self._eps)
        update(mean, variance, bm, bv, self._mom)
        return wrap(y), wrap(bm), wrap(bv), wrap(bm), wrap(bv)


class Dropout(Primitive):
    """``ops.Dropout(keep_prob=0.5, Seed0=0, Seed1=0)(x)``: ``(output, mask)``. The instance owns
    a Dropout kernel per input shape seeded from ``(Seed0, Seed1)``, so its stream continues
    across calls with one shape (MindSpore's PyNative kernel cache); ``keep_prob`` is checked
    when called (RuntimeError)."""

    def __init__(self, keep_prob=0.5, Seed0=0, Seed1=0):  # noqa: N803 (MindSpore's names)
        self._init(keep_prob=keep_prob, Seed0=Seed0, Seed1=Seed1, side_effect_hidden=True)
        self._keep, self._seeds, self._kernels = keep_prob, (Seed0, Seed1), {}

    def __call__(self, x):
        from ..._src import random_kernels as rk
        a = arr(x)
        k = self._kernels.get(a.shape)
        if k is None:
            k = self._kernels[a.shape] = rk.DropoutKernel(*self._seeds)
        out, mask = rk.apply_dropout(a, self._keep, k)
        return wrap(out), wrap(mask)


class Pad(Primitive):
    """``ops.Pad(paddings)(x)``: constant zero padding, ``paddings`` = ((before, after), ...)."""

    def __init__(self, paddings):
        self._init(paddings=tuple(tuple(p) for p in paddings))
        self._pads = tuple((int(a), int(b)) for a, b in paddings)

    def __call__(self, x):
        a = arr(x)
        if len(self._pads) != a.ndim:
            raise ValueError(f"For 'Pad', the size of 'paddings' must be equal to the rank of "
                             f"'x' ({a.ndim}), but got {len(self._pads)}.")
        return wrap(jnp.pad(a, self._pads))


class MirrorPad(Primitive):
    """``ops.MirrorPad(mode='REFLECT')(x, paddings)``."""

    def __init__(self, mode="REFLECT"):
        if mode not in ("REFLECT", "SYMMETRIC"):
            raise ValueError(f"For 'MirrorPad', the 'mode' must be 'REFLECT' or 'SYMMETRIC', but "
                             f"got {mode}.")
        self._init(mode=mode)
        self._mode = mode.lower()

    def __call__(self, x, paddings):
        p = np.asarray(paddings.asnumpy() if hasattr(paddings, "asnumpy") else paddings)
        return wrap(jnp.pad(arr(x), [tuple(int(v) for v in r) for r in p], mode=self._mode))


class ResizeNearestNeighbor(Primitive):
    def __init__(self, size, align_corners=False, half_pixel_centers=False):
        self._init(size=tuple(size), align_corners=align_corners,
                   half_pixel_centers=half_pixel_centers)
        self._size = tuple(size)

    def __call__(self, input_x):
        fn = lazy("nn_func", "interpolate", "ResizeNearestNeighbor")()
        return fn(input_x, size=self._size, mode="nearest")


__all__ = sorted([n for n, v in list(globals().items()) if isinstance(v, type)
                  and issubclass(v, Primitive) and v is not Primitive and not n.startswith("_")])
