"""``mindspore.nn`` basic layers: Dense, Flatten, Identity, Dropout (``mindspore/nn/layer/basic.py``)."""
from __future__ import annotations

import math

import jax.numpy as jnp

from ..._src import dtype as mstype
from ..._src.cell import Cell
from ..._src.parameter import Parameter
from ..._src.tensor import Tensor
from ...ops.function import nn_func as F
from . import _validator as V
from .activation import get_activation


class Dense(Cell):
    """``y = activation(x @ weight.T + bias)``; weight ``(out_channels, in_channels)``.

    Default init as MindSpore 2.10: weight ``HeUniform(negative_slope=sqrt(5))`` (bound
    ``1/sqrt(in)``), bias ``Uniform(1/sqrt(in))``, drawn in that order. Inputs of rank != 2 are
    flattened to 2-D and back (the activation runs on the 2-D result), as MindSpore does.
    """

    def __init__(self, in_channels, out_channels, weight_init=None, bias_init=None, has_bias=True,
                 activation=None, dtype=mstype.float32):
        from ...common.initializer import HeUniform, Uniform, initializer
        super().__init__()
        self.in_channels = V.check_positive_int(in_channels, "in_channels", "Dense")
        self.out_channels = V.check_positive_int(out_channels, "out_channels", "Dense")
        self.has_bias = V.check_bool(has_bias, "has_bias", "Dense")
        if isinstance(weight_init, Tensor) and (weight_init.ndim != 2 or
                                                weight_init.shape != (out_channels, in_channels)):
            raise ValueError(f"For 'Dense', weight init shape error. The ndim of 'weight_init' "
                             f"must be equal to 2, and the first dim must be equal to "
                             f"'out_channels', and the second dim must be equal to 'in_channels'. "
                             f"But got 'weight_init': {weight_init}, 'out_channels': "
                             f"{out_channels}, 'in_channels': {in_channels}.")
        if weight_init is None:
            weight_init = HeUniform(math.sqrt(5))
        self.weight = Parameter(initializer(weight_init, [out_channels, in_channels], dtype),
                                name="weight")
        self.bias = None
        if self.has_bias:
            if isinstance(bias_init, Tensor) and (bias_init.ndim != 1 or
                                                  bias_init.shape[0] != out_channels):
                raise ValueError(f"For 'Dense', bias init shape error. The ndim of 'bias_init' "
                                 f"must be equal to 1, and the first dim must be equal to "
                                 f"'out_channels'. But got 'bias_init': {bias_init}, "
                                 f"'out_channels': {out_channels}.")
            if bias_init is None:
                bias_init = Uniform(scale=1 / math.sqrt(in_channels))
            self.bias = Parameter(initializer(bias_init, [out_channels], dtype), name="bias")
        self.activation = get_activation(activation) if isinstance(activation, str) else activation
        if activation is not None and not isinstance(self.activation, Cell) and \
                not callable(self.activation):
            raise TypeError(f"For 'Dense', the 'activation' must be str or Cell or Primitive, "
                            f"but got {type(activation).__name__}.")
        self.activation_flag = self.activation is not None

    def construct(self, x):
        a = x._array() if isinstance(x, Tensor) else jnp.asarray(x)
        shape = a.shape
        if a.ndim != 2:
            a = a.reshape(-1, shape[-1])
        if a.shape[-1] != self.in_channels:
            raise ValueError(f"For 'MatMul' the input dimensions must be equal, but got 'x1_col': "
                             f"{a.shape[-1]} and 'x2_row': {self.in_channels}.")
        y = jnp.matmul(a, self.weight._array().T)
        if self.has_bias:
            y = y + self.bias._array()
        out = Tensor._wrap(y)
        if self.activation_flag:
            out = self.activation(out)
        if len(shape) != 2:
            out = Tensor._wrap(out._array().reshape(shape[:-1] + (self.out_channels,)))
        return out

    def extend_repr(self):
        s = f"input_channels={self.in_channels}, output_channels={self.out_channels}"
        if self.has_bias:
            s += f", has_bias={self.has_bias}"
        if self.activation_flag:
            s += f", activation={self.activation}"
        return s


class Flatten(Cell):
    """Flattens dims ``start_dim..end_dim`` (default: all but the batch dim)."""

    def __init__(self, start_dim=1, end_dim=-1):
        super().__init__()
        self.start_dim = start_dim
        self.end_dim = end_dim

    def construct(self, x):
        a = x._array()
        ndim = a.ndim if a.ndim else 1
        for axis in (self.start_dim, self.end_dim):
            if axis < -ndim or axis >= ndim:
                raise ValueError("'start_dim' or 'end_dim' out of range.")
        if a.ndim == 0:
            return Tensor._wrap(a.reshape(1))
        s = self.start_dim % a.ndim
        e = self.end_dim % a.ndim
        if s > e:
            raise ValueError("For 'flatten', 'start_dim' cannot come after 'end_dim'.")
        return Tensor._wrap(a.reshape(a.shape[:s] + (-1,) + a.shape[e + 1:]))


class Identity(Cell):
    def construct(self, x):
        return x


class Dropout(Cell):
    """``nn.Dropout(keep_prob=0.5, p=None)``: identity in eval mode (or when nothing is dropped);
    in training mode zeroes elements with probability ``1 - keep_prob`` (``p``) and scales the
    rest by ``1/keep_prob``.

    The seeds are taken at construction (MindSpore's ``_get_graph_seed(0, 'dropout')``), so a
    network built after ``set_seed(k)`` draws MindSpore's masks: eagerly the Cell keeps its own
    kernel stream across calls, bit for bit; inside ``ms.jit`` masks come from JAX keys (same
    distribution, different numbers).
    """

    def __init__(self, keep_prob=0.5, p=None, dtype=mstype.float32):
        super().__init__()
        if p is None:
            V.check_value_type("keep_prob", keep_prob, [float], "Dropout")
            if keep_prob <= 0 or keep_prob > 1:
                raise ValueError(f"For 'Dropout', the 'keep_prob' must be a number in range "
                                 f"(0, 1], but got {keep_prob}.")
            rate = keep_prob
        else:
            V.check_value_type("p", p, [float, int], "Dropout")
            if p < 0 or p >= 1:
                raise ValueError(f"For 'Dropout', the 'p' must be a number in range [0, 1), "
                                 f"but got {p}.")
            rate = 1.0 - p
        from ..._src import random_kernels  # lazy: host kernels
        self._kernel = random_kernels.dropout_kernel_for_cell()
        self._keep = rate
        self.p = p
        self.keep_prob = keep_prob

    def construct(self, x):
        if not self.training or self.keep_prob == 1 or self.p == 0:
            return x
        return Tensor._wrap(F.apply_dropout(x._array(), self._keep, self._kernel))

    def extend_repr(self):
        if self.p is None:
            return f"keep_prob={self.keep_prob}"
        return f"p={self.p}"
