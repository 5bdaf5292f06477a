"""``mindspore.nn`` RNNCell, LSTMCell and GRUCell (``mindspore/nn/layer/rnn_cells.py``): one
time step.

MindSpore 2.10's initialisation is copied draw for draw: four ``np.random.randn`` arrays
(``weight_ih``, ``weight_hh``, ``bias_ih``, ``bias_hh``; their values are thrown away) and then
``reset_parameters`` replaces every Parameter with ``Uniform(1/sqrt(hidden_size))`` — one
initializer draw each, in that order.
"""
from __future__ import annotations

import math

import jax
import jax.numpy as jnp
import numpy as np

from ..._src import dtype as mstype
from ..._src.cell import Cell
from ..._src.parameter import Parameter
from ..._src.tensor import Tensor
from . import _validator as V
from .rnns import (_MS_TENSOR_TYPE, _MS_TUPLE_TYPE, _gru_cell, _lstm_cell, _ms_typeof,
                   _simple_cell)


def _check_tensor(cls, name, x):
    if not isinstance(x, Tensor):
        raise TypeError(f"For '{cls}', the '{name}' must be '{_MS_TENSOR_TYPE}', but got "
                        f"'{_ms_typeof(x)}'")
    if x.dtype not in V.FLOAT_TYPES:
        raise TypeError(f"For '{cls}', the '{name}' should be one of [mindspore.float32, "
                        f"mindspore.float16], but got '{x.dtype!r}'.")


class RNNCellBase(Cell):
    def __init__(self, input_size, hidden_size, has_bias, num_chunks, dtype=mstype.float32):
        super().__init__()
        cls = type(self).__name__
        V.check_value_type("has_bias", has_bias, [bool], cls)
        V.check_positive_int(hidden_size, "hidden_size", cls)
        V.check_positive_int(input_size, "input_size", cls)
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.has_bias = has_bias
        rows = num_chunks * hidden_size
        self.weight_ih = Parameter(Tensor(np.random.randn(rows, input_size), dtype=dtype))
        self.weight_hh = Parameter(Tensor(np.random.randn(rows, hidden_size), dtype=dtype))
        if has_bias:
            self.bias_ih = Parameter(Tensor(np.random.randn(rows), dtype=dtype))
            self.bias_hh = Parameter(Tensor(np.random.randn(rows), dtype=dtype))
        else:
            self.bias_ih = None
            self.bias_hh = None
        self.reset_parameters(dtype=dtype)

    def reset_parameters(self, dtype=mstype.float32):
        from ...common.initializer import Uniform, initializer
        stdv = 1 / math.sqrt(self.hidden_size)
        for weight in self.get_parameters():
            weight.set_data(initializer(Uniform(stdv), weight.shape, dtype))

    def _arrays(self, dt):
        def cast(p):
            return None if p is None else p._array().astype(dt)
        return (cast(self.weight_ih), cast(self.weight_hh), cast(self.bias_ih),
                cast(self.bias_hh))


class RNNCell(RNNCellBase):
    """``h' = act(x W_ih^T + b_ih + h W_hh^T + b_hh)``, ``nonlinearity`` 'tanh' or 'relu'."""

    _non_linearity = ["tanh", "relu"]

    def __init__(self, input_size, hidden_size, has_bias=True, nonlinearity="tanh",
                 dtype=mstype.float32):
        super().__init__(input_size, hidden_size, has_bias, num_chunks=1, dtype=dtype)
        V.check_value_type("nonlinearity", nonlinearity, [str], "RNNCell")
        if nonlinearity not in self._non_linearity:
            raise ValueError(f"For 'RNNCell', the 'nonlinearity' must be str and must be in "
                             f"'{self._non_linearity}', but got '{nonlinearity}'.")
        self.nonlinearity = nonlinearity

    def construct(self, x, hx):
        _check_tensor("RNNCell", "x", x)
        _check_tensor("RNNCell", "hx", hx)
        a = x._array()
        cell = _simple_cell(jnp.tanh if self.nonlinearity == "tanh" else jax.nn.relu)
        return Tensor._wrap(cell(a, hx._array(), *self._arrays(a.dtype)))


class LSTMCell(RNNCellBase):
    """One LSTM step; ``hx = (h, c)``; returns ``(h', c')``; gates (i, f, g, o)."""

    def __init__(self, input_size, hidden_size, has_bias=True, dtype=mstype.float32):
        super().__init__(input_size, hidden_size, has_bias, num_chunks=4, dtype=dtype)
        self.support_non_tensor_inputs = True

    def construct(self, x, hx):
        _check_tensor("LSTMCell", "x", x)
        if not isinstance(hx, tuple):
            raise TypeError(f"For 'LSTMCell', the 'hx' must be '{_MS_TUPLE_TYPE}', but got "
                            f"'{_ms_typeof(hx)}'")
        if len(hx) != 2:
            raise TypeError(f"For 'LSTMCell', the length of 'hx' must be '2', but got "
                            f"'{len(hx)}'")
        _check_tensor("LSTMCell", "hx[0]", hx[0])
        _check_tensor("LSTMCell", "hx[1]", hx[1])
        a = x._array()
        w_ih, w_hh, b_ih, b_hh = self._arrays(a.dtype)
        b = None if b_ih is None else b_ih + b_hh
        h, c = _lstm_cell(a, (hx[0]._array(), hx[1]._array()), w_ih, w_hh, b)
        return Tensor._wrap(h), Tensor._wrap(c)


class GRUCell(RNNCellBase):
    """One GRU step; gates (r, z, n)."""

    def __init__(self, input_size, hidden_size, has_bias=True, dtype=mstype.float32):
        super().__init__(input_size, hidden_size, has_bias, num_chunks=3, dtype=dtype)

    def construct(self, x, hx):
        _check_tensor("GRUCell", "x", x)
        _check_tensor("GRUCell", "hx", hx)
        a = x._array()
        return Tensor._wrap(_gru_cell(a, hx._array(), *self._arrays(a.dtype)))
