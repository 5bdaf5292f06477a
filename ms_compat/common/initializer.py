"""``mindspore.common.initializer``: MindSpore 2.10's initializers, bit for bit.

As in MindSpore, an initializer fills a numpy array in place (``_initialize(arr)``; calling the
object on an array does that), and ``initializer(init, shape, dtype)`` returns a lazy Tensor
that draws when it is materialised (``Tensor.init_data()`` or building a ``Parameter`` from it),
so the draws happen in Parameter construction order. Calling an initializer with a shape,
``init(shape, np_dtype)``, returns a new filled array (the core's lazy Tensors use this).

Each random fill draws one seed from numpy's *global* RandomState,
``np.random.randint(1, 1 << 63, dtype=np.int64)``, then fills with MindSpore's Philox stream
(``_src/philox.py``): float32 arrays directly, other dtypes through a float32 buffer cast with
numpy (``arr[:] = data``: float16 rounds to nearest, integer dtypes truncate). Zero, One,
Constant, Identity and Dirac draw nothing. So ``ms.set_seed(k)`` (for init the same as
``np.random.seed(k)``) followed by building a network gives MindSpore's weights exactly; see
``shared/specs/mindspore_init_rng.md``.

Quirks kept: ``VarianceScaling``'s default ``distribution='truncated_normal'`` samples a
*uniform* (MindSpore tests for ``'truncated_norm'``); TruncatedNormal's bounds are absolute, not
in sigmas; ``initializer(tensor)`` without ``shape`` raises (MindSpore compares the Tensor's shape
with ``(None,)``); a string alias builds the class with its defaults (``'sparse'`` therefore
fails for want of ``sparsity``); only the aliases MindSpore registers exist (``'constant'`` does
not). Differences: ``Orthogonal`` calls numpy's QR, whose LAPACK may round differently from the
one MindSpore's numpy links.
"""
from __future__ import annotations

import math
import numbers

import numpy as np

from .._src import dtype as mstype
from .._src import philox
from .._src.tensor import Tensor
from .seed import _get_graph_seed, get_seed

__all__ = ["Initializer", "initializer", "TruncatedNormal", "Normal", "Uniform", "HeUniform",
           "HeNormal", "XavierUniform", "XavierNormal", "One", "Zero", "Constant", "Identity",
           "Sparse", "Dirac", "Orthogonal", "VarianceScaling"]

_INITIALIZER_ALIAS: dict = {}


class Initializer:
    """Base class: subclasses implement ``_initialize(arr)``, filling the numpy array ``arr``."""

    def __init__(self, **kwargs):
        self._kwargs = kwargs
        self._seed = None

    @property
    def seed(self):
        """``(seed, seed2)``; only MindSpore's sliced (parallel) ``init_data`` uses it."""
        if self._seed is None:
            return _get_graph_seed(get_seed(), "init")
        return self._seed + 1, 0

    @seed.setter
    def seed(self, value):
        self._seed = value

    def _initialize(self, *kwargs):
        raise NotImplementedError("Must be overridden!")

    def __call__(self, arr, np_dtype=None):
        """``init(ndarray)`` fills it in place (MindSpore's call); ``init(shape, np_dtype)``
        returns a new array of that shape and numpy dtype (float32 by default), filled."""
        if isinstance(arr, np.ndarray):
            return self._initialize(arr)
        shape = tuple(int(s) for s in arr)
        npdt = np.dtype(np.float32 if np_dtype is None else np_dtype)
        data = np.zeros(shape, npdt) if isinstance(self, Zero) else np.ndarray(shape, npdt)
        if not isinstance(self, Zero):
            self._initialize(data)
        return data


def _register(*aliases):
    def reg(cls):
        for name in (cls.__name__.lower(),) + aliases:
            _INITIALIZER_ALIAS.setdefault(name, cls)
        return cls
    return reg


def _assignment(arr, num):
    """``arr[:] = num`` (numpy's cast), also for 0-d arrays."""
    if arr.shape == ():
        flat = arr.reshape(1)
        flat[:] = num
    else:
        arr[:] = num[:] if isinstance(num, np.ndarray) else num
    return arr


def _numpy_seed():
    return np.random.randint(low=1, high=(1 << 63), dtype=np.int64)


def _is_f32(arr):
    return isinstance(arr, np.ndarray) and arr.dtype == np.float32


def _fill(arr, gen, *args):
    """``gen(seed, n, *args)`` (a Philox distribution) into ``arr``: in place for float32, else
    through a float32 buffer and numpy's cast."""
    data = gen(int(_numpy_seed()), int(np.prod(arr.shape, dtype=np.int64)), *args)
    if _is_f32(arr):
        arr[...] = data.reshape(arr.shape)
        return arr
    return _assignment(arr, data.reshape(arr.shape))


def _random_normal(mean, sigma, shape):
    """A new float32 array from ``_init_random_normal``."""
    if sigma < 0:
        raise ValueError("sigma < 0")
    data = np.ndarray(shape=shape, dtype=np.float32)
    return _fill(data, philox.normal, mean, sigma)


def _normal_into(arr, mean, sigma):
    if sigma < 0:
        raise ValueError("sigma < 0")
    _fill(arr, philox.normal, mean, sigma)


def _truncated_normal(a, b, mean, sigma):
    def gen(seed, n, *args):
        if np.float32(sigma) <= 0:  # MindSpore's C++ TruncatedNormal raises for sigma <= 0
            raise RuntimeError(f"TruncatedNormal: invalid sigma {float(np.float32(sigma)):g}.")
        return philox.truncated_normal(seed, n, a, b, mean, sigma)
    return gen


def _truncated_into(arr, a, b, mean, sigma):
    if sigma < 0:
        raise ValueError("sigma < 0")
    _fill(arr, _truncated_normal(a, b, mean, sigma))


# ----------------------------------------------------------------------------- constants
@_register("zeros")
class Zero(Initializer):
    """Fills with 0."""

    def _initialize(self, arr):
        arr.fill(0)


@_register("ones")
class One(Initializer):
    """Fills with 1."""

    def _initialize(self, arr):
        arr.fill(1)


class Constant(Initializer):
    """Fills with ``value`` (``ndarray.fill``)."""

    def __init__(self, value):
        super().__init__(value=value)
        self.value = value

    def _initialize(self, arr):
        arr.fill(self.value)


# ----------------------------------------------------------------------------- fans and gains
def _calculate_fan_in_and_fan_out(shape):
    dimensions = len(shape)
    if dimensions < 2:
        raise ValueError("'fan_in' and 'fan_out' can not be computed for tensor with fewer than"
                         f" 2 dimensions, but got dimensions {dimensions}.")
    receptive = 1
    for s in shape[2:]:
        receptive *= s
    return shape[1] * receptive, shape[0] * receptive


def _calculate_correct_fan(shape, mode):
    mode = mode.lower()
    valid_modes = ["fan_in", "fan_out"]
    if mode not in valid_modes:
        raise ValueError(f"'mode' {mode} not supported, please use one of {valid_modes}")
    fan_in, fan_out = _calculate_fan_in_and_fan_out(shape)
    return fan_in if mode == "fan_in" else fan_out


def _calculate_gain(nonlinearity, param=None):
    linear_fns = ["linear", "conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d",
                  "conv_transpose3d"]
    if nonlinearity in linear_fns or nonlinearity == "sigmoid":
        return 1
    if nonlinearity == "tanh":
        return 5.0 / 3
    if nonlinearity == "relu":
        return math.sqrt(2.0)
    if nonlinearity == "leaky_relu":
        if param is None:
            slope = 0.01
        elif (not isinstance(param, bool) and isinstance(param, int)) or isinstance(param, float):
            slope = param
        else:
            raise ValueError(f"For 'HeUniform', 'negative_slope' {param} is not a valid number."
                             "When 'nonlinearity' has been set to 'leaky_relu', 'negative_slope' "
                             f"should be int or float type, but got {type(param)}.")
        return math.sqrt(2.0 / (1 + slope ** 2))
    raise ValueError("For 'HeUniform', the argument 'nonlinearity' should be one of ['sigmoid', "
                     f"'tanh', 'relu' or 'leaky_relu'], but got {nonlinearity}.")


# ----------------------------------------------------------------------------- random
@_register()
class Normal(Initializer):
    """N(mean, sigma**2) (Box-Muller on the Philox stream)."""

    def __init__(self, sigma=0.01, mean=0.0):
        super().__init__(sigma=sigma, mean=mean)
        self.sigma = sigma
        self.mean = mean

    def _initialize(self, arr):
        _normal_into(arr, self.mean, self.sigma)


@_register()
class Uniform(Initializer):
    """U(-scale, scale)."""

    def __init__(self, scale=0.07):
        super().__init__(scale=scale)
        self.scale = scale

    def _initialize(self, arr):
        _fill(arr, philox.uniform, -self.scale, self.scale)


@_register()
class TruncatedNormal(Initializer):
    """N(mean, sigma**2) restricted to ``[a, b]`` (absolute bounds), by inverse CDF."""

    def __init__(self, sigma=0.01, mean=0.0, a=-2.0, b=2.0):
        super().__init__(sigma=sigma, mean=mean, a=a, b=b)
        self.sigma = sigma
        self.mean = mean
        self.a = a
        self.b = b

    def _initialize(self, arr):
        _truncated_into(arr, self.a, self.b, self.mean, self.sigma)


@_register("xavier_normal")
class XavierNormal(Initializer):
    """N(0, std**2), ``std = gain * sqrt(2 / (fan_in + fan_out))``."""

    def __init__(self, gain=1):
        super().__init__(gain=gain)
        self.gain = gain

    def _initialize(self, arr):
        fan_in, fan_out = _calculate_fan_in_and_fan_out(arr.shape)
        _normal_into(arr, 0, self.gain * math.sqrt(2.0 / float(fan_in + fan_out)))


@_register("xavier_uniform")
class XavierUniform(Initializer):
    """U(-bound, bound), ``bound = gain * sqrt(6 / (fan_in + fan_out))``."""

    def __init__(self, gain=1):
        super().__init__(gain=gain)
        self.gain = gain

    def _initialize(self, arr):
        n_in, n_out = _calculate_fan_in_and_fan_out(arr.shape)
        bound = self.gain * math.sqrt(6.0 / (n_in + n_out))
        _fill(arr, philox.uniform, -bound, bound)


class _He(Initializer):
    def __init__(self, negative_slope=0, mode="fan_in", nonlinearity="leaky_relu"):
        super().__init__(negative_slope=negative_slope, mode=mode, nonlinearity=nonlinearity)
        self.negative_slope = negative_slope
        self.mode = mode
        self.nonlinearity = nonlinearity

    def _std(self, shape):
        fan = _calculate_correct_fan(shape, self.mode)
        return _calculate_gain(self.nonlinearity, self.negative_slope) / math.sqrt(fan)


@_register("he_uniform")
class HeUniform(_He):
    """U(-bound, bound), ``bound = sqrt(3) * gain / sqrt(fan)`` (fan_in or fan_out)."""

    def _initialize(self, arr):
        bound = math.sqrt(3.0) * self._std(arr.shape)
        _fill(arr, philox.uniform, -bound, bound)


@_register("he_normal")
class HeNormal(_He):
    """N(0, std**2), ``std = gain / sqrt(fan)``."""

    def _initialize(self, arr):
        _normal_into(arr, 0, self._std(arr.shape))


@_register()
class VarianceScaling(Initializer):
    """``scale / n`` variance (n from ``mode``); see the module docstring for its quirk."""

    def __init__(self, scale=1.0, mode="fan_in", distribution="truncated_normal"):
        super().__init__(scale=scale, mode=mode, distribution=distribution)
        if scale <= 0.:
            raise ValueError("For VarianceScaling initializer, the argument 'scale' must be "
                             f"greater than 0, but got {scale}.")
        if mode not in ["fan_in", "fan_out", "fan_avg"]:
            raise ValueError("For VarianceScaling initializer, the argument 'mode' must be "
                             f"fan_in, fan_out or fan_avg, but got {mode}.")
        if distribution not in ["uniform", "truncated_normal", "untruncated_normal"]:
            raise ValueError("For VarianceScaling initializer, the argument 'distribution' must "
                             "be uniform, truncated_norm or untruncated_norm, but got "
                             f"{distribution}.")
        self.scale = scale
        self.mode = mode
        self.distribution = distribution

    def _initialize(self, arr):
        scale = self.scale
        fan_in, fan_out = _calculate_fan_in_and_fan_out(arr.shape)
        if self.mode == "fan_in":
            scale /= max(1., fan_in)
        elif self.mode == "fan_out":
            scale /= max(1., fan_out)
        else:
            scale /= max(1., (fan_in + fan_out) / 2.)
        if self.distribution == "truncated_norm":  # never true: MindSpore's quirk, kept
            stddev = np.sqrt(scale) / 0.87962566103423978
            data = _fill(np.ndarray(arr.shape, np.float32), _truncated_normal(-2, 2, 0, stddev))
        elif self.distribution == "untruncated_normal":
            data = _random_normal(0, np.sqrt(scale), arr.shape)
        else:
            limit = np.sqrt(3.0 * scale)
            data = _fill(np.ndarray(arr.shape, np.float32), philox.uniform, -limit, limit)
        _assignment(arr, data)


@_register()
class Orthogonal(Initializer):
    """A (semi-)orthogonal matrix (trailing dimensions flattened) times ``gain``: numpy's QR of
    a float32 N(0, 1) Philox draw, columns' signs fixed by ``sign(diag(R))``."""

    def __init__(self, gain=1.):
        super().__init__(gain=gain)
        self.gain = gain

    def _initialize(self, arr):
        if len(arr.shape) < 2:
            raise ValueError("For Orthogonal initializer, the dimension of the initialized tensor "
                             f"should be no less than 2, but got {len(arr.shape)}.")
        rows = arr.shape[0]
        cols = int(np.prod(arr.shape)) // rows
        data = _random_normal(0, 1, (rows, cols))
        if rows < cols:
            data = data.T
        q, r = np.linalg.qr(data)
        q *= np.sign(np.diag(r))
        if rows < cols:
            q = q.T
        _assignment(arr, (q * self.gain).reshape(arr.shape))


@_register()
class Sparse(Initializer):
    """N(0, sigma**2) with ``ceil(sparsity * rows)`` zeros per column (numpy permutations)."""

    def __init__(self, sparsity, sigma=0.01):
        super().__init__()
        self.sparsity = sparsity
        self.sigma = sigma

    def _initialize(self, arr):
        if len(arr.shape) != 2:
            raise ValueError("For Sparse initializer, the dimension of the initialized tensor "
                             f"should be 2, but got {len(arr.shape)}.")
        rows, cols = arr.shape
        zero_num = int(np.ceil(self.sparsity * rows))
        data = _random_normal(0, self.sigma, arr.shape)
        for col in range(cols):
            data[np.random.permutation(list(range(rows)))[:zero_num], col] = 0.
        _assignment(arr, data)


# ----------------------------------------------------------------------------- structured
@_register()
class Identity(Initializer):
    """The 2-D identity (``np.eye``)."""

    def _initialize(self, arr):
        if len(arr.shape) != 2:
            raise ValueError("For Identity initializer, the dimension of the initialized tensor "
                             f"should be 2, but got {len(arr.shape)}.")
        _assignment(arr, np.eye(arr.shape[0], arr.shape[1]))


@_register()
class Dirac(Initializer):
    """Dirac delta for 3-5 D convolution weights, per group."""

    def __init__(self, groups=1):
        super().__init__()
        self.groups = groups

    def _initialize(self, arr):
        dimension = len(arr.shape)
        data = np.zeros(arr.shape)
        if dimension not in [3, 4, 5]:
            raise ValueError("For Dirac initializer, only support to initialize tensor with "
                             f"dimension of 3, 4 or 5, but got {dimension}.")
        shapes = arr.shape
        if shapes[0] % self.groups != 0:
            raise ValueError("For Dirac initializer, the first dimension ofthe initialized "
                             "tensor must be divisible by groups, but got first dimension"
                             f"{shapes[0]}, groups{self.groups}.")
        per_group = shapes[0] // self.groups
        centre = tuple(s // 2 for s in shapes[2:])
        for group in range(self.groups):
            for dim in range(min(per_group, shapes[1])):
                data[(group * per_group + dim, dim) + centre] = 1
        _assignment(arr, data)


# ----------------------------------------------------------------------------- initializer()
def initializer(init, shape=None, dtype=mstype.float32):
    """A Tensor of ``shape``/``dtype`` that ``init`` fills when it is materialised.

    ``init``: a Tensor (returned as is after a shape check), a registered alias string
    (``'normal'``, ``'zeros'``, ``'xavier_uniform'`` ...), an Initializer, or a number
    (``Constant``).
    """
    if not isinstance(init, (Tensor, numbers.Number, str, Initializer)):
        raise TypeError("For 'initializer', the type of the 'init' argument should be 'Tensor', "
                        f"'number', 'string' or 'initializer', but got {type(init)}.")
    if isinstance(init, Tensor):
        shape = shape if isinstance(shape, (tuple, list)) else [shape]
        if init.shape != tuple(shape):
            raise ValueError("For 'initializer', the shape of the 'init' argument should be same "
                             "as the argument 'shape', but got the 'init' shape "
                             f"{list(init.shape)} and the 'shape' {shape}.")
        return init
    if isinstance(shape, list):
        shape = tuple(shape)
    elif isinstance(shape, numbers.Number):
        shape = (shape,)
    for value in shape if shape is not None else ():
        if not isinstance(value, int) or value <= 0:
            raise ValueError("For 'initializer', the argument 'shape' is invalid, the value of "
                             f"'shape' must be positive integer, but got {shape}")
    if isinstance(init, str):
        cls = _INITIALIZER_ALIAS.get(init.lower())
        if cls is None:
            raise ValueError(f"For 'initializer', the class corresponding to '{init}' was not "
                             "found.")
        init = cls()
    elif isinstance(init, numbers.Number):
        init = Constant(init)
    shape = shape if shape is not None else init.shape
    return Tensor(dtype=dtype, shape=shape, init=init)



# Instances repr like MindSpore's (``<mindspore.common.initializer.Normal object at ...>``), as
# Tensor/Parameter do: the public classes report MindSpore's module path.
for _name in __all__:
    _obj = globals()[_name]
    if isinstance(_obj, type):
        _obj.__module__ = "mindspore.common.initializer"
del _name, _obj
