"""``mindspore.common.initializer``: MindSpore's initializers, bit for bit.

Each random initializer draws one seed from numpy's *global* RandomState
(``np.random.randint(1, 1 << 63, dtype=np.int64)``) when it fills, then fills with MindSpore's
Philox stream (``_src/philox.py``) in float32, cast to the target dtype with numpy. Zero, One,
Constant, Identity and Dirac draw nothing. So ``ms.set_seed(k)`` (= ``np.random.seed(k)`` for
init) followed by building a network gives MindSpore's weights exactly; see
``shared/specs/mindspore_init_rng.md``.

Quirks copied: ``VarianceScaling``'s default ``distribution='truncated_normal'`` samples a
*uniform* (MindSpore compares against ``'truncated_norm'``); TruncatedNormal's bounds are
absolute, not in sigmas.

Differences: ``TruncatedNormal`` uses scipy's ``erfcinv`` where MindSpore uses boost's rational
approximation (equal except for rare 1-ulp float32 ties); ``Orthogonal`` and ``Sparse`` follow
the documented draw order but were not verified bit for bit.
"""
from __future__ import annotations

import math
import numbers

import numpy as np

from .._src import dtype as mstype
from .._src import philox
from .._src.tensor import Tensor

__all__ = ["Initializer", "initializer", "Zero", "One", "Constant", "Normal", "Uniform",
           "TruncatedNormal", "HeUniform", "HeNormal", "XavierUniform", "XavierNormal",
           "VarianceScaling", "Orthogonal", "Identity", "Dirac", "Sparse"]


def _seed() -> int:
    return int(np.random.randint(low=1, high=1 << 63, dtype=np.int64))


def _fan_in_out(shape):
    if len(shape) < 2:
        raise ValueError(f"'fan_in' and 'fan_out' can not be computed for tensor with fewer than "
                         f"2 dimensions, but got dimensions {len(shape)}.")
    receptive = int(np.prod(shape[2:])) if len(shape) > 2 else 1
    return shape[1] * receptive, shape[0] * receptive


def _gain(nonlinearity, param=None):
    linear = ("linear", "conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d",
              "conv_transpose3d", "sigmoid")
    if nonlinearity in linear:
        return 1.0
    if nonlinearity == "tanh":
        return 5.0 / 3
    if nonlinearity == "relu":
        return math.sqrt(2.0)
    if nonlinearity == "leaky_relu":
        slope = 0.01 if param is None else param
        if isinstance(slope, bool) or not isinstance(slope, numbers.Number):
            raise ValueError(f"For 'HeUniform', 'negative_slope' {slope} is not a valid number.")
        return math.sqrt(2.0 / (1 + slope ** 2))
    if nonlinearity == "selu":
        return 3.0 / 4
    raise ValueError(f"For 'initializer', the argument 'nonlinearity' {nonlinearity} is not "
                     f"supported.")


class Initializer:
    """Base class. ``init(shape, np_dtype) -> ndarray`` generates; ``init(ndarray)`` fills."""

    def __init__(self, **kwargs):
        self._kwargs = kwargs

    def _generate(self, shape) -> np.ndarray:  # float32 values of ``shape``
        raise NotImplementedError(f"{type(self).__name__} must implement _generate")

    def __call__(self, shape_or_array, np_dtype=None):
        if isinstance(shape_or_array, np.ndarray):
            arr = shape_or_array
            arr[...] = self._generate(tuple(arr.shape))
            return arr
        shape = tuple(int(s) for s in shape_or_array)
        data = self._generate(shape)
        npdt = np.dtype(np.float32 if np_dtype is None else np_dtype)
        out = np.empty(shape, npdt)
        out[...] = data  # numpy cast, round to nearest (MindSpore's ``arr[:] = data``)
        return out

    def __repr__(self):
        return f"{type(self).__name__}({', '.join(f'{k}={v}' for k, v in self._kwargs.items())})"


class Zero(Initializer):
    def _generate(self, shape):
        return np.zeros(shape, np.float32)


class One(Initializer):
    def _generate(self, shape):
        return np.ones(shape, np.float32)


class Constant(Initializer):
    def __init__(self, value):
        super().__init__(value=value)
        self.value = value

    def _generate(self, shape):
        return np.full(shape, self.value, np.float64)


class Normal(Initializer):
    def __init__(self, sigma=0.01, mean=0.0):
        super().__init__(sigma=sigma, mean=mean)
        self.sigma, self.mean = sigma, mean

    def _generate(self, shape):
        n = int(np.prod(shape))
        return philox.normal(_seed(), n, self.mean, self.sigma).reshape(shape)


class Uniform(Initializer):
    def __init__(self, scale=0.07):
        super().__init__(scale=scale)
        self.scale = scale

    def _generate(self, shape):
        n = int(np.prod(shape))
        return philox.uniform(_seed(), n, -self.scale, self.scale).reshape(shape)


class TruncatedNormal(Initializer):
    def __init__(self, sigma=0.01, mean=0.0, a=-2.0, b=2.0):
        super().__init__(sigma=sigma, mean=mean, a=a, b=b)
        self.sigma, self.mean, self.a, self.b = sigma, mean, a, b

    def _generate(self, shape):
        n = int(np.prod(shape))
        return philox.truncated_normal(_seed(), n, self.a, self.b, self.mean,
                                       self.sigma).reshape(shape)


def _check_mode(name, mode):
    if mode not in ("fan_in", "fan_out"):
        raise ValueError(f"For '{name}', 'mode' must be 'fan_in' or 'fan_out', but got {mode}.")


class HeUniform(Initializer):
    def __init__(self, negative_slope=0, mode="fan_in", nonlinearity="leaky_relu"):
        super().__init__(negative_slope=negative_slope, mode=mode, nonlinearity=nonlinearity)
        _check_mode("HeUniform", mode)
        self.negative_slope, self.mode, self.nonlinearity = negative_slope, mode, nonlinearity

    def _generate(self, shape):
        fan_in, fan_out = _fan_in_out(shape)
        fan = fan_in if self.mode == "fan_in" else fan_out
        std = _gain(self.nonlinearity, self.negative_slope) / math.sqrt(fan)
        bound = float(np.float32(math.sqrt(3.0) * std))
        return philox.uniform(_seed(), int(np.prod(shape)), -bound, bound).reshape(shape)


class HeNormal(Initializer):
    def __init__(self, negative_slope=0, mode="fan_in", nonlinearity="leaky_relu"):
        super().__init__(negative_slope=negative_slope, mode=mode, nonlinearity=nonlinearity)
        _check_mode("HeNormal", mode)
        self.negative_slope, self.mode, self.nonlinearity = negative_slope, mode, nonlinearity

    def _generate(self, shape):
        fan_in, fan_out = _fan_in_out(shape)
        fan = fan_in if self.mode == "fan_in" else fan_out
        std = _gain(self.nonlinearity, self.negative_slope) / math.sqrt(fan)
        return philox.normal(_seed(), int(np.prod(shape)), 0.0, std).reshape(shape)


class XavierUniform(Initializer):
    def __init__(self, gain=1):
        super().__init__(gain=gain)
        self.gain = gain

    def _generate(self, shape):
        fan_in, fan_out = _fan_in_out(shape)
        bound = self.gain * math.sqrt(6.0 / (fan_in + fan_out))
        return philox.uniform(_seed(), int(np.prod(shape)), -bound, bound).reshape(shape)


class XavierNormal(Initializer):
    def __init__(self, gain=1):
        super().__init__(gain=gain)
        self.gain = gain

    def _generate(self, shape):
        fan_in, fan_out = _fan_in_out(shape)
        std = self.gain * math.sqrt(2.0 / (fan_in + fan_out))
        return philox.normal(_seed(), int(np.prod(shape)), 0.0, std).reshape(shape)


class VarianceScaling(Initializer):
    def __init__(self, scale=1.0, mode="fan_in", distribution="truncated_normal"):
        super().__init__(scale=scale, mode=mode, distribution=distribution)
        if scale <= 0:
            raise ValueError(f"For 'VarianceScaling', 'scale' must be > 0, but got {scale}.")
        if mode not in ("fan_in", "fan_out", "fan_avg"):
            raise ValueError(f"For 'VarianceScaling', 'mode' must be in ['fan_in', 'fan_out', "
                             f"'fan_avg'], but got {mode}.")
        if distribution not in ("uniform", "truncated_normal", "untruncated_normal"):
            raise ValueError(f"For 'VarianceScaling', 'distribution' must be in ['uniform', "
                             f"'truncated_normal', 'untruncated_normal'], but got "
                             f"{distribution}.")
        self.scale, self.mode, self.distribution = scale, mode, distribution

    def _generate(self, shape):
        fan_in, fan_out = _fan_in_out(shape)
        n = {"fan_in": fan_in, "fan_out": fan_out, "fan_avg": (fan_in + fan_out) / 2.0}[self.mode]
        scale = self.scale / max(1.0, n)
        count = int(np.prod(shape))
        if self.distribution == "untruncated_normal":
            return philox.normal(_seed(), count, 0.0, math.sqrt(scale)).reshape(shape)
        # 'truncated_normal' lands here too: MindSpore tests for 'truncated_norm' (see docstring)
        limit = math.sqrt(3.0 * scale)
        return philox.uniform(_seed(), count, -limit, limit).reshape(shape)


class Orthogonal(Initializer):
    def __init__(self, gain=1.0):
        super().__init__(gain=gain)
        self.gain = gain

    def _generate(self, shape):
        if len(shape) < 2:
            raise ValueError(f"For 'Orthogonal', the dimension of the argument 'shape' must be "
                             f"at least 2, but got {len(shape)}.")
        _seed()
        rows, cols = shape[0], int(np.prod(shape)) // shape[0]
        flat = np.random.normal(0, 1, size=(rows, cols))
        if rows < cols:
            flat = flat.T
        q, r = np.linalg.qr(flat)
        q = q * np.sign(np.diag(r))
        if rows < cols:
            q = q.T
        return (self.gain * q).reshape(shape).astype(np.float32)


class Identity(Initializer):
    def _generate(self, shape):
        if len(shape) != 2:
            raise ValueError(f"For 'Identity', the dimension of the argument 'shape' must be 2, "
                             f"but got {len(shape)}.")
        return np.eye(shape[0], shape[1], dtype=np.float32)


class Dirac(Initializer):
    def __init__(self, groups=1):
        super().__init__(groups=groups)
        self.groups = groups

    def _generate(self, shape):
        if len(shape) not in (3, 4, 5):
            raise ValueError(f"For 'Dirac', the dimension of the initialized tensor should be "
                             f"3, 4 or 5, but got {len(shape)}.")
        if shape[0] % self.groups:
            raise ValueError("For 'Dirac', the 0th dimension of the shape must be divisible by "
                             "'groups'.")
        out = np.zeros(shape, np.float32)
        per = shape[0] // self.groups
        centre = tuple(s // 2 for s in shape[2:])
        for g in range(self.groups):
            for d in range(min(per, shape[1])):
                out[(g * per + d, d) + centre] = 1
        return out


class Sparse(Initializer):
    def __init__(self, sparsity, sigma=0.01):
        super().__init__(sparsity=sparsity, sigma=sigma)
        self.sparsity, self.sigma = sparsity, sigma

    def _generate(self, shape):
        if len(shape) != 2:
            raise ValueError(f"For 'Sparse', the dimension of the argument 'shape' must be 2, "
                             f"but got {len(shape)}.")
        rows, cols = shape
        zeros = int(math.ceil(self.sparsity * rows))
        out = philox.normal(_seed(), rows * cols, 0.0, self.sigma).reshape(shape)
        for c in range(cols):
            out[np.random.permutation(rows)[:zeros], c] = 0
        return out


_ALIAS = {"zeros": Zero, "zero": Zero, "ones": One, "one": One, "normal": Normal,
          "uniform": Uniform, "truncatednormal": TruncatedNormal, "he_uniform": HeUniform,
          "heuniform": HeUniform, "he_normal": HeNormal, "henormal": HeNormal,
          "xavier_uniform": XavierUniform, "xavieruniform": XavierUniform,
          "xavier_normal": XavierNormal, "xaviernormal": XavierNormal,
          "variancescaling": VarianceScaling, "orthogonal": Orthogonal, "identity": Identity,
          "dirac": Dirac, "sparse": Sparse}


def _shape_arg(shape):
    if shape is None:
        raise ValueError("For 'initializer', the argument 'shape' can not be None when 'init' "
                         "is not a Tensor.")
    if isinstance(shape, numbers.Integral):
        return (int(shape),)
    if isinstance(shape, (list, tuple)):
        for s in shape:
            if isinstance(s, bool) or not isinstance(s, numbers.Integral) or s <= 0:
                raise ValueError(f"For 'initializer', the argument 'shape' is invalid, the value "
                                 f"of 'shape' is {shape}.")
        return tuple(int(s) for s in shape)
    raise TypeError(f"For 'initializer', the type of 'shape' must be int, list or tuple, but got "
                    f"{type(shape).__name__}.")


def initializer(init, shape=None, dtype=mstype.float32):
    """A lazily-initialised Tensor of ``shape``/``dtype`` filled by ``init`` when materialised
    (``Tensor.init_data()`` or ``Parameter(...)``), as MindSpore draws at that point."""
    if not isinstance(init, (Tensor, numbers.Number, str, Initializer)):
        raise TypeError(f"For 'initializer', the type of the 'init' argument should be 'Tensor', "
                        f"'number', 'string' or 'initializer', but got {type(init)}.")
    if isinstance(init, Tensor):
        if shape is not None:
            s = (shape,) if isinstance(shape, numbers.Integral) else tuple(shape)
            if s != init.shape:
                raise ValueError(f"For 'initializer', the shape of the 'init' argument should be "
                                 f"same as the argument 'shape', but got the 'init' shape "
                                 f"{init.shape} and the 'shape' {list(s)}.")
        return init
    shape = _shape_arg(shape)
    dtype = mstype.as_ms_dtype(dtype)
    if isinstance(init, str):
        cls = _ALIAS.get(init.lower())
        if cls is None:
            raise ValueError(f"For 'initializer', the class corresponding to '{init}' was not "
                             f"found.")
        init = cls()
    elif isinstance(init, numbers.Number) and not isinstance(init, Initializer):
        init = Constant(init)
    return Tensor(shape=shape, dtype=dtype, init=init)
