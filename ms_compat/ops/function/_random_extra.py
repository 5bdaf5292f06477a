"""More ``mindspore.ops`` random functions: ``multinomial``, ``bernoulli``, ``gamma``,
``poisson``, ``random_categorical``, ``shuffle``, ``randperm``.

Streams: unlike ``random_func.py``'s ops, these do NOT reproduce MindSpore 2.10's CPU values bit
for bit (its Multinomial/Bernoulli/RandomShuffle/RandomCategorical/RandpermV2 kernels were not
replicated; Gamma and Poisson have no CPU kernel in MindSpore 2.10 at all). What matches:
shapes, dtypes, supports, the distributions, argument errors, and the seeding model. Each call
builds a kernel seeded from ``_get_graph_seed(seed, <op name>)`` as MindSpore's primitives are
(so ``set_seed`` + the same call sequence gives the same values, within ms_compat); a ``(0, 0)``
pair draws from OS entropy. ``bernoulli`` without an op seed is not reproducible, as in
MindSpore. The kernel's engine is numpy's Philox keyed by the kernel seed; under ``ms.jit`` a
launch is an ordered host callback (``random_kernels.host_launch``), so every execution of a
compiled function draws fresh values, as a MindSpore graph does.
"""
from __future__ import annotations

import jax.numpy as jnp
import numpy as np

from ..._src import dtype as mstype
from ..._src import random_kernels as rk
from ..._src.tensor import Tensor
from ...common.seed import _get_graph_seed
from ._util import wrap
from .nn_activation_func import _check_types, _failed_calling
from ._ops_extra import _typeof_name

_SUPPORTED_MSG = (".The supported data types depend on the hardware that executes the operator, "
                  "for more details, please refer to the MindSpore official website to get more "
                  "information about the data type.")


class _NpKernel:
    """A random kernel: numpy Philox keyed by the MindSpore kernel seed of ``(seed, seed2)``."""

    def __init__(self, seed, seed2):
        self.gen = np.random.Generator(np.random.Philox(key=rk.kernel_seed(seed, seed2)))

    def launch(self, fn, shape, np_dtype, *args):
        return jnp.asarray(rk.host_launch(lambda *a: fn(self.gen, *a), tuple(shape), np_dtype,
                                          *args))


def _kernel(seed, name):
    return _NpKernel(*_get_graph_seed(seed, name))


# ----------------------------------------------------------------------------- multinomial
def multinomial(input, num_samples, replacement=True, seed=None):  # noqa: A002
    """``ops.multinomial``: ``num_samples`` category indices per row of the 1-D/2-D weights
    ``input`` (Int32). Without replacement the indices of a row are distinct; once the non-zero
    categories are exhausted, zero-weight ones follow (MindSpore's behaviour)."""
    if not isinstance(input, Tensor):
        raise TypeError("For primitive[Shape], the input argument must be Tensor, but got "
                        f"{type(input)}.")
    a = input._array()
    if a.ndim not in (1, 2):
        raise ValueError(f"For 'multinomial', the dimension of inputs must be 1d or 2d, but got "
                         f"{a.ndim}.")
    if isinstance(num_samples, bool) or not isinstance(num_samples, (int, np.integer)):
        got = "Float32" if isinstance(num_samples, float) else type(num_samples).__name__
        raise TypeError("For primitive[Multinomial], the input argument[num_samples] must be a "
                        f"type of {{Int32, Int64}}, but got {got}.")
    n = int(num_samples)
    rows = a.reshape(1, -1) if a.ndim == 1 else a
    out_shape = (n,) if a.ndim == 1 else (rows.shape[0], n)

    def draw(gen, w):
        w = np.asarray(w, np.float64).reshape(rows.shape)
        res = np.empty((w.shape[0], n), np.int32)
        for i, r in enumerate(w):
            if replacement:
                p = r / r.sum()
                res[i] = gen.choice(r.size, size=n, replace=True, p=p)
            else:
                keys = np.where(r > 0, np.log(np.where(r > 0, r, 1)) + gen.gumbel(size=r.size),
                                -np.inf)
                order = np.lexsort((gen.random(r.size), -keys))
                res[i] = order[:n]
        return res
    return wrap(_kernel(seed, "multinomial").launch(draw, out_shape, np.int32, a))


# ----------------------------------------------------------------------------- bernoulli
_BERNOULLI_X = ("Bool", "Float32", "Float64", "Int16", "Int32", "Int64", "Int8", "UInt8")


def bernoulli(input, p=0.5, seed=None):  # noqa: A002
    """``ops.bernoulli``: 0/1 draws with probability ``p`` (a float in [0, 1] or a Float Tensor
    of ``input``'s shape or of size 1), in ``input``'s dtype and shape."""
    if isinstance(p, float) and not 0 <= p <= 1:
        raise ValueError(f"For bernoulli, p should be in [0, 1], but got {p}.")
    if not isinstance(input, Tensor):
        raise TypeError("For Primitive[Bernoulli], the type of input argument[x] must be Tensor "
                        f"but got {_typeof_name(input)}.")
    a = input._array()
    _check_types("Bernoulli", a, _BERNOULLI_X, arg="x")
    pa = p._array() if isinstance(p, Tensor) else jnp.asarray(float(p), jnp.float32)
    if isinstance(p, Tensor) and pa.shape != a.shape and pa.size != 1:
        raise ValueError("For 'Bernoulli', 'x' and 'p' should have same shape or 'p' have a size "
                         "of 1.")
    kernel = _kernel(seed, "bernoulli") if seed is not None else _NpKernel(0, 0)

    def draw(gen, probs):
        return gen.random(a.shape) < np.broadcast_to(np.asarray(probs, np.float64).reshape(
            () if np.size(probs) == 1 else a.shape), a.shape)
    out = kernel.launch(draw, a.shape, np.bool_, pa)
    return wrap(out.astype(a.dtype))


# ----------------------------------------------------------------------------- gamma / poisson
def _check_shape_tuple(prim, shape):
    if not isinstance(shape, tuple):
        raise TypeError(f"For '{prim}', the type of 'shape' should be 'tuple', but got type "
                        f"'{type(shape).__name__}'.")
    return tuple(int(s) for s in shape)


def _check_f32(prim, arg, t):
    if not isinstance(t, Tensor):
        got = "Float32" if isinstance(t, float) else ("Int64" if isinstance(t, int) else
                                                      type(t).__name__)
        raise TypeError(f"For '{prim}', the element of '{arg}' must be Tensor[Float32], but got "
                        f"{got}{_SUPPORTED_MSG}")
    if t.dtype is not mstype.float32:
        raise TypeError(f"For '{prim}', the element of '{arg}' must be Tensor[Float32], but got "
                        f"Tensor[{t.dtype}]{_SUPPORTED_MSG}")
    return t._array()


def gamma(shape, alpha, beta, seed=None):
    """``ops.gamma(shape, alpha, beta, seed=None)``: Gamma(``alpha``, scale ``beta``) samples of
    shape ``broadcast(shape, alpha.shape, beta.shape)``, Float32.

    Unverified values: MindSpore 2.10 has no CPU Gamma kernel (argument checks are its)."""
    alpha_a = _check_f32("Gamma", "alpha", alpha)
    beta_a = _check_f32("Gamma", "beta", beta)
    shape = _check_shape_tuple("Gamma", shape)
    out_shape = np.broadcast_shapes(shape, alpha_a.shape, beta_a.shape)

    def draw(gen, al, be):
        return gen.gamma(np.broadcast_to(al, out_shape), np.broadcast_to(be, out_shape))
    return wrap(_kernel(seed, "gamma").launch(draw, out_shape, np.float32, alpha_a, beta_a))


def poisson(shape, mean, seed=None):
    """``ops.poisson(shape, mean, seed=None)``: Poisson(``mean``) counts of shape
    ``broadcast(shape, mean.shape)``, Int32 (MindSpore's Poisson primitive).

    Unverified values: MindSpore 2.10 has no CPU Poisson kernel (argument checks are its)."""
    if isinstance(shape, Tensor):
        raise ValueError("For 'Poisson', the 'shape' cannot be None.")
    shape = _check_shape_tuple("Poisson", shape)
    mean_a = _check_f32("Poisson", "mean", mean)
    ms_, ss_ = mean_a.shape, shape
    for i in range(1, min(len(ms_), len(ss_)) + 1):
        if ms_[-i] != ss_[-i] and 1 not in (ms_[-i], ss_[-i]):
            raise ValueError("For 'Poisson', mean.shape and shape.shape need to broadcast. The "
                             f"value of mean.shape[-{i}] or shape.shape[-{i}] must be 1 or -1 "
                             f"when they are not the same, but got mean.shape = {list(ms_)} and "
                             f"shape.shape = {ss_}.")
    out_shape = np.broadcast_shapes(shape, mean_a.shape)

    def draw(gen, m):
        return gen.poisson(np.broadcast_to(np.asarray(m, np.float64), out_shape))
    return wrap(_kernel(seed, "poisson").launch(draw, out_shape, np.int32, mean_a))


# ----------------------------------------------------------------------------- categorical
def random_categorical(logits, num_sample, seed=0, dtype=mstype.int64):
    """``ops.random_categorical``: ``num_sample`` draws per row of the 2-D ``logits``
    (unnormalised log-probabilities), in ``dtype`` (Int16/Int32/Int64)."""
    if dtype not in (mstype.int32, mstype.int16, mstype.int64):
        raise TypeError("For 'RandomCategorical', the 'dtype' should be one of [mindspore.int32, "
                        f"mindspore.int16, mindspore.int64], but got '{dtype!r}'.")
    if isinstance(num_sample, bool) or not isinstance(num_sample, (int, np.integer)):
        got = "Float32" if isinstance(num_sample, float) else type(num_sample).__name__
        raise TypeError("For primitive[RandomCategorical], the input argument[num_sample] must be "
                        f"a type of {{Int32, Int64}}, but got {got}.")
    if num_sample < 0:
        raise ValueError("For 'RandomCategorical', num_sample can't has negative value, but got "
                         f"{num_sample}")
    if not isinstance(logits, Tensor):
        raise TypeError("For 'RandomCategorical', 'logits' must be a Tensor, but got "
                        f"{type(logits)}.")
    a = logits._array()
    if a.ndim != 2:
        raise ValueError("logits shape size only support 2D")
    kernel = _NpKernel(seed, 0) if seed else _kernel(None, "random_categorical")
    npdt = mstype.to_np_dtype(dtype)

    def draw(gen, lg):
        lg = np.asarray(lg, np.float64)
        z = lg - lg.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        return np.stack([gen.choice(p.shape[1], size=int(num_sample), p=r) for r in p])
    return wrap(kernel.launch(draw, (a.shape[0], int(num_sample)), npdt, a))


# ----------------------------------------------------------------------------- permutations
def shuffle(x, seed=None):
    """``ops.shuffle``: a random permutation of ``x`` along axis 0 (0-d: ``x`` itself)."""
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int) or seed < 0):
        raise ValueError(f"For 'shuffle', the 'seed' must be int and must >= 0, but got '{seed}' "
                         f"with type '{type(seed).__name__}'.")
    if not isinstance(x, Tensor):
        raise TypeError("For Primitive[RandomShuffle], the type of input argument[input_x] must "
                        f"be Tensor but got {_typeof_name(x)}.")
    a = x._array()
    if a.ndim == 0:
        return x
    kernel = _kernel(seed, "shuffle")
    perm = kernel.launch(lambda gen: gen.permutation(a.shape[0]), (a.shape[0],), np.int64)
    return wrap(a[perm])


_RANDPERM_MAX = {"UInt8": 255, "Int8": 127, "Int16": 32767, "Int32": 2 ** 31 - 1,
                 "Int64": 2 ** 63 - 1, "Float16": 2 ** 11, "Float32": 2 ** 24, "Float64": 2 ** 53,
                 "BFloat16": 2 ** 8}


def randperm(n, seed=0, offset=0, dtype=mstype.int64):
    """``ops.randperm``: a random permutation of ``0 .. n-1`` in ``dtype``; ``seed``/``offset``
    non-zero give a fixed stream (``seed=0``: the global-seed stream)."""
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)):
        _failed_calling("RandpermV2", "seed=int, offset=int, dtype=mindspore.dtype", n=n)
    if n <= 0:
        raise ValueError(f"For 'RandpermV2', the input 'n' must be greater than 0, but got data: "
                         f"{n}.")
    dt = mstype.as_ms_dtype(dtype)
    if n - 1 > _RANDPERM_MAX.get(str(dt), 2 ** 63 - 1):
        raise ValueError(f"For 'RandpermV2', the value of 'n' is {n}, it's too lagrge for input "
                         "'dtype'. ")
    kernel = (_NpKernel(int(seed) % (2 ** 63), int(offset) % (2 ** 31 - 1)) if seed or offset
              else _kernel(None, "randperm"))
    perm = kernel.launch(lambda gen: gen.permutation(int(n)), (int(n),), np.int64)
    return wrap(perm.astype(mstype.to_np_dtype(dt)))


__all__ = ["multinomial", "bernoulli", "gamma", "poisson", "random_categorical", "shuffle",
           "randperm"]
