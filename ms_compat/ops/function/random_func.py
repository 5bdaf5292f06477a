"""``mindspore.ops`` random functions on MindSpore 2.10's CPU kernels, bit for bit.

Each call builds a new primitive, as MindSpore does: its ``(seed, seed2)`` come from
``_get_graph_seed(seed, <op name>)`` (advancing that op's counter; ``set_seed`` resets them) and
its kernel (``_src/random_kernels.py``) draws MindSpore's exact stream: ``rand``/``rand_like``
and float ``uniform`` from UniformReal (mt19937), ``randint``/``randint_like`` and int32
``uniform`` from UniformInt, ``standard_normal``/``randn``/``randn_like``/``normal`` from
StandardNormal (minstd_rand0 + libstdc++'s polar method with glibc ``logf``). ``ops.dropout``
lives in ``nn_func`` and uses the Dropout kernel of the same module.

Without ``set_seed`` and without an op seed the pair is ``(0, 0)`` and the kernel seeds from OS
entropy: not reproducible, in MindSpore either.

Under ``ms.jit`` / GRAPH_MODE / ``jax.jit`` the primitive (and its seeds) is made once, while
tracing, and every execution of the compiled function draws the next values of its kernel's
stream through an ordered host callback, which is what a compiled MindSpore graph does; the
values are MindSpore's there too. The difference: each traced random op costs a host round trip
per execution (on an accelerator, a device-host copy).
"""
from __future__ import annotations

from types import SimpleNamespace

import jax.numpy as jnp
import numpy as np

from ..._src import dtype as mstype
from ..._src import random_kernels as rk
from ..._src.promotion import check_broadcast
from ..._src.tensor import Tensor
from ...common.seed import _get_graph_seed
from ._util import wrap

__all__ = ["uniform", "standard_normal", "normal", "rand", "rand_like", "randn", "randn_like",
           "randint", "randint_like"]


# ----------------------------------------------------------------------------- helpers
def _is_int(v):
    return isinstance(v, (int, np.integer)) and not isinstance(v, (bool, np.bool_))


def _prim_shape(prim, shape):
    """The output shape given to StandardNormal / UniformReal / UniformInt (a tuple of ints or
    a 1-D int Tensor), checked as those primitives check it."""
    if isinstance(shape, Tensor):
        values = np.asarray(shape.asnumpy()).reshape(-1).tolist()
    elif isinstance(shape, tuple):
        values = list(shape)
    else:
        raise TypeError(f"For '{prim}', input must be a Int, a tuple, or a Tensor with all Int "
                        f"elements, but got: {shape!r}.")
    for v in values:
        if not _is_int(v):
            if prim == "StandardNormal":
                got = "Float32" if isinstance(v, float) else type(v).__name__
                raise TypeError(f"For primitive[{prim}], the input argument[shape] must be a type "
                                f"of {{Int32, Int64}}, but got {got}.")
            raise RuntimeError(f"Unexpected element type of input0: {v!r}")
    for i, v in enumerate(values):
        if v < 0:
            if prim == "StandardNormal":
                listed = "".join(f"{int(x)}, " for x in values)
                raise ValueError(f"For primitive[{prim}], the attribute[shape] should be a vector "
                                 f"with all positive item. but got [{listed}].")
            raise ValueError(f"For primitive[{prim}], the the {i}th dimension of input shape must "
                             f"be greater than or equal to 0, but got {int(v)}.")
    return tuple(int(v) for v in values)


def _generate_shapes(shape):
    """The shape ``rand``/``randn`` take as ``*size``."""
    if not shape:
        return (1,)
    if len(shape) == 1:
        if isinstance(shape[0], int):
            return shape
        if isinstance(shape[0], list):
            return tuple(shape[0])
        if isinstance(shape[0], tuple):
            return shape[0]
        raise TypeError("If the length of the argument 'shape' is 1, the type of the argument "
                        "'shape' must be one of ['int', 'list', 'tuple'], but got "
                        f"{shape[0]}.")
    for value in shape:
        if not isinstance(value, int):
            raise TypeError("If the length of the argument 'shape' is > 1, the type of the "
                            f"argument 'shape' must all be int, but got {value}.")
    return shape


def _cast(x, dtype):
    npdt = mstype.to_np_dtype(dtype)
    return wrap(x if x.dtype == npdt else x.astype(npdt))


def _uniform_real(shape, seed, name):
    seeds = _get_graph_seed(seed, name)
    shape = _prim_shape("UniformReal", shape)
    return jnp.asarray(rk.UniformRealKernel(*seeds).launch(shape))


def _standard_normal(shape, seed, name):
    seeds = _get_graph_seed(seed, name)
    shape = _prim_shape("StandardNormal", shape)
    return jnp.asarray(rk.StandardNormalKernel(*seeds).launch(shape))


def _uniform_int(shape, low: Tensor, high: Tensor, seed, name):
    seeds = _get_graph_seed(seed, name)
    shape = _prim_shape("UniformInt", shape)
    for which, t in (("min", low), ("max", high)):
        a = t._array()
        if a.ndim != 0 and a.shape != (1,):
            dims = ", ".join(str(d) for d in a.shape)
            raise ValueError(f"For UniformInt, the {which} value should be a scalar tensor, "
                             f"while the shape is: ({dims})")
    lo, hi = low._array().reshape(()), high._array().reshape(())
    return jnp.asarray(rk.UniformIntKernel(*seeds).launch(shape, lo, hi))


def _scaled(draw, shape, factor: Tensor) -> Tensor:
    """``Tensor(draw(shape)) * factor`` with MindSpore's Mul (promotion, broadcasting), the
    product computed on the host: under jit XLA would fuse it with the following Add into an FMA
    and round once where MindSpore's separate Mul and Add kernels round twice."""
    f = factor._array()
    check_broadcast("Mul", SimpleNamespace(shape=shape), f)
    dt = jnp.promote_types(np.float32, f.dtype)
    out_shape = np.broadcast_shapes(shape, f.shape)
    return wrap(jnp.asarray(rk.host_launch(
        lambda v: draw(shape).astype(dt) * v.astype(dt), out_shape, dt, f)))


def _check_float_dtype(name, dtype):
    if dtype not in mstype.float_type:
        raise ValueError(f"For '{name}', the 'dtype' must be a float type, but got {dtype}.")


def _check_int_bound(which, value):
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"For 'randint_like', '{which}' must be an int, but got {type(value)}.")


# ----------------------------------------------------------------------------- public ops
def uniform(shape, minval, maxval, seed=None, dtype=mstype.float32):
    """``ops.uniform``: float32 ``UniformReal(shape) * (maxval - minval) + minval``, or int32
    ``UniformInt(shape, minval, maxval)`` in ``[minval, maxval)``."""
    if not isinstance(minval, Tensor) or not isinstance(maxval, Tensor):
        raise TypeError("For functional operator[uniform], the input[minval] and input[maxval] "
                        "must be a Tensor.")
    if dtype not in (mstype.int32, mstype.float32):
        raise TypeError(f"The 'uniform' doesn't support '{dtype}' and expect to receive "
                        "[mindspore.int32, mindspore.float32].")
    for bound in (minval, maxval):
        if bound.dtype is not dtype:
            raise TypeError(f"For 'uniform', the value data type '{dtype}' is not consistent "
                            f"with assigned tensor data type {bound.dtype}.")
    if dtype is mstype.int32:
        return wrap(_uniform_int(shape, minval, maxval, seed, "uniform"))
    seeds = _get_graph_seed(seed, "uniform")
    shape = _prim_shape("UniformReal", shape)
    kernel = rk.UniformRealKernel(*seeds)
    return _scaled(kernel.draw, shape, maxval - minval) + minval


def standard_normal(shape, seed=None):
    """``ops.standard_normal``: float32 N(0, 1) of ``shape`` (tuple or 1-D Tensor)."""
    return wrap(_standard_normal(shape, seed, "standard_normal"))


def normal(shape, mean, stddev, seed=None):
    """``ops.normal``: ``StandardNormal(shape) * stddev + mean`` (Tensor arithmetic, so
    ``mean``/``stddev`` broadcast and promote as MindSpore's Mul/Add do)."""
    for arg_name, value in (("mean", mean), ("stddev", stddev)):
        if not isinstance(value, (Tensor, int, float, np.ndarray)):
            raise TypeError(f"For 'normal', the type of '{arg_name}' must be Tensor, int, or "
                            f"float, but got: {type(value)}")
    mean = mean if isinstance(mean, Tensor) else Tensor(mean)
    stddev = stddev if isinstance(stddev, Tensor) else Tensor(stddev)
    seeds = _get_graph_seed(seed, "normal")
    if not isinstance(shape, tuple):
        raise TypeError(f"Type of 'shape' must be tuple, but got: {type(shape)}")
    for item in shape:
        if not isinstance(item, int):
            raise TypeError(f"Elements of 'shape' must be int, but got: {type(item)}")
        if item < 1:
            raise ValueError(f"Elements of 'shape' must be positive int, but got: {item}")
    kernel = rk.StandardNormalKernel(*seeds)
    return _scaled(kernel.draw, _prim_shape("StandardNormal", shape), stddev) + mean


def rand(*size, dtype=None, seed=None):
    """``ops.rand(*size, dtype=None, seed=None)``: U[0, 1) of ``size``, cast to ``dtype``."""
    if dtype is None:
        dtype = mstype.float32
    else:
        _check_float_dtype("rand", dtype)
    return _cast(_uniform_real(_generate_shapes(size), seed, "rand"), dtype)


def rand_like(input, seed=None, *, dtype=None):  # noqa: A002 (MindSpore's name)
    """``ops.rand_like``: ``rand`` with ``input``'s shape (and dtype by default)."""
    if not isinstance(input, Tensor):
        raise TypeError(f"For 'rand_like', the 'input' must be a Tensor, but got {type(input)}")
    if dtype is None:
        dtype = input.dtype
    _check_float_dtype("rand_like", dtype)
    return _cast(_uniform_real(tuple(input.shape), seed, "rand_like"), dtype)


def randn(*size, dtype=None, seed=None):
    """``ops.randn(*size, dtype=None, seed=None)``: N(0, 1) of ``size``, cast to ``dtype``."""
    if dtype is None:
        dtype = mstype.float32
    else:
        _check_float_dtype("randn", dtype)
    return _cast(_standard_normal(_generate_shapes(size), seed, "randn"), dtype)


def randn_like(input, seed=None, *, dtype=None):  # noqa: A002 (MindSpore's name)
    """``ops.randn_like``: ``randn`` with ``input``'s shape (float32 unless ``dtype``)."""
    if not isinstance(input, Tensor):
        raise TypeError(f"For 'randn_like', the 'input' must be a Tensor, but got {type(input)}")
    if dtype is None:
        dtype = mstype.float32
    _check_float_dtype("randn_like", dtype)
    return _cast(_standard_normal(tuple(input.shape), seed, "randn_like"), dtype)


def randint(low, high, size, seed=None, *, dtype=None):
    """``ops.randint(low, high, size)``: integers in ``[low, high)`` (int32 kernel), cast to
    ``dtype`` (int64 by default)."""
    if dtype is None:
        dtype = mstype.int64
    elif dtype not in mstype.int_type:
        raise ValueError(f"For 'randint', the 'dtype' must be an int type, but got {dtype}.")
    if not isinstance(size, tuple):
        raise ValueError(f"For 'randint', the input 'size' must be a tuple, but got {size}.")
    _check_int_bound("low", low)
    _check_int_bound("high", high)
    out = _uniform_int(size, Tensor(low, mstype.int32), Tensor(high, mstype.int32), seed,
                       "randint")
    return _cast(out, dtype)


def randint_like(input, low, high, seed=None, *, dtype=None):  # noqa: A002
    """``ops.randint_like``: ``randint`` with ``input``'s shape (and dtype by default)."""
    if not isinstance(input, Tensor):
        raise TypeError(f"For 'randint_like', the 'input' must be a Tensor, but got "
                        f"{type(input)}")
    if dtype is None:
        dtype = input.dtype
    if dtype not in mstype.int_type:
        raise ValueError(f"For 'randint_like', the 'dtype' must be an int type, but got {dtype}.")
    _check_int_bound("low", low)
    _check_int_bound("high", high)
    out = _uniform_int(tuple(input.shape), Tensor(low, mstype.int32), Tensor(high, mstype.int32),
                       seed, "randint_like")
    return _cast(out, dtype)

