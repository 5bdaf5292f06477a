"""``mindspore.nn`` basic layers: Dense, Flatten, Identity (``mindspore/nn/layer/basic.py``)."""
from __future__ import annotations

import math

import jax.numpy as jnp

from ..._src import dtype as mstype
from ..._src.cell import Cell
from ..._src.parameter import Parameter
from ..._src.tensor import Tensor
from .activation import get_activation


def _check_int_positive(cls_name, arg_name, value):
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"For '{cls_name}', the type of '{arg_name}' should be 'int', but got "
                        f"'{type(value).__name__}'.")
    if value <= 0:
        raise ValueError(f"For '{cls_name}', the '{arg_name}' should be positive int, but got "
                         f"{value}.")
    return value


class Dense(Cell):
    """``y = activation(x @ weight.T + bias)``; weight ``(out_channels, in_channels)``.

    Default init as MindSpore 2.10: weight ``HeUniform(negative_slope=sqrt(5))`` (bound
    ``1/sqrt(in)``), bias ``Uniform(1/sqrt(in))``. Inputs of rank > 2 are flattened to 2-D and
    back, as MindSpore does.
    """

    def __init__(self, in_channels, out_channels, weight_init=None, bias_init=None, has_bias=True,
                 activation=None, dtype=mstype.float32):
        from ...common.initializer import HeUniform, Uniform, initializer
        super().__init__()
        self.in_channels = _check_int_positive("Dense", "in_channels", in_channels)
        self.out_channels = _check_int_positive("Dense", "out_channels", out_channels)
        self.has_bias = has_bias
        if isinstance(weight_init, Tensor) and weight_init.shape != (out_channels, in_channels):
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
        if has_bias:
            if bias_init is None:
                bias_init = Uniform(scale=1 / math.sqrt(in_channels))
            self.bias = Parameter(initializer(bias_init, [out_channels], dtype), name="bias")
        self.activation = get_activation(activation) if isinstance(activation, str) else activation
        self.activation_flag = self.activation is not None

    def construct(self, x):
        a = x._array() if isinstance(x, Tensor) else jnp.asarray(x)
        if a.shape[-1] != self.in_channels:
            raise ValueError(f"For 'MatMul', the input dimensions must be equal, but got 'x1_col': "
                             f"{a.shape[-1]} and 'x2_row': {self.in_channels}.")
        w = self.weight._array()
        y = jnp.matmul(a, w.T)
        if self.has_bias:
            y = y + self.bias._array()
        out = Tensor._wrap(y)
        if self.activation_flag:
            out = self.activation(out)
        return out

    def extend_repr(self):
        s = (f"input_channels={self.in_channels}, output_channels={self.out_channels}, "
             f"has_bias={self.has_bias}")
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
        if a.ndim == 0:
            return Tensor._wrap(a.reshape(1))
        s = self.start_dim % a.ndim
        e = self.end_dim % a.ndim
        return Tensor._wrap(a.reshape(a.shape[:s] + (-1,) + a.shape[e + 1:]))


class Identity(Cell):
    def construct(self, x):
        return x
