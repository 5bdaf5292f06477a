"""``mindspore.nn`` RNN, LSTM and GRU (``mindspore/nn/layer/rnns.py``); the recurrence runs in
``jax.lax.scan``.

MindSpore 2.10 rules copied here:
  * weights are drawn with ``np.random.uniform(-1/sqrt(hidden), 1/sqrt(hidden))`` from numpy's
    global RandomState (so ``set_seed``/``np.random.seed`` reproduce them), per layer and
    direction in the order w_ih, w_hh, b_ih, b_hh, then cast to float32;
  * the Parameters are named ``weight_ih_l{k}[_reverse]`` ... and registered as four
    ParameterTuples, so ``parameters_and_names`` lists all w_ih, then all w_hh, all b_ih, all
    b_hh;
  * gate order: LSTM (i, f, g, o), GRU (r, z, n) with ``n = tanh(W_in x + b_in + r * (W_hn h +
    b_hn))``; the layer has children ``rnn`` (named after MindSpore's CPU kernels) and
    ``dropout_op`` (a ``Dropout(p=dropout)``, which takes a dropout seed at construction);
  * input is ``(T, B, I)`` or ``(B, T, I)`` with ``batch_first``; ``seq_length`` (int32/int64,
    one per batch row) freezes the state and zeroes the output after each row's length, and the
    reverse direction reverses only the valid prefix.
"""
from __future__ import annotations

import functools
import math

import jax
import jax.numpy as jnp
import numpy as np

from ..._src import dtype as mstype
from ..._src.cell import Cell
from ..._src.parameter import Parameter, ParameterTuple
from ..._src.tensor import Tensor
from . import _validator as V
from .basic import Dropout


def _lstm_cell(x, state, w_ih, w_hh, b):
    h, c = state
    gates = x @ w_ih.T + h @ w_hh.T
    if b is not None:
        gates = gates + b
    i, f, g, o = jnp.split(gates, 4, axis=-1)
    c = jax.nn.sigmoid(f) * c + jax.nn.sigmoid(i) * jnp.tanh(g)
    h = jax.nn.sigmoid(o) * jnp.tanh(c)
    return h, c


def _gru_cell(x, h, w_ih, w_hh, b_ih, b_hh):
    gi = x @ w_ih.T
    gh = h @ w_hh.T
    if b_ih is not None:
        gi, gh = gi + b_ih, gh + b_hh
    i_r, i_z, i_n = jnp.split(gi, 3, axis=-1)
    h_r, h_z, h_n = jnp.split(gh, 3, axis=-1)
    r = jax.nn.sigmoid(i_r + h_r)
    z = jax.nn.sigmoid(i_z + h_z)
    n = jnp.tanh(i_n + r * h_n)
    return n + z * (h - n)


def _simple_cell(act):
    def cell(x, h, w_ih, w_hh, b_ih, b_hh):
        gi = x @ w_ih.T
        gh = h @ w_hh.T
        if b_ih is not None:
            gi, gh = gi + b_ih, gh + b_hh
        return act(gi + gh)
    return cell


def _run(step, x, state, seq_length, is_lstm):
    """Scan ``step`` over time; with ``seq_length`` rows past their length keep their state and
    output zeros."""
    if seq_length is None:
        def body(carry, xt):
            new = step(xt, carry)
            return new, (new[0] if is_lstm else new)
        final, outs = jax.lax.scan(body, state, x)
        return outs, final
    lengths = seq_length.astype(jnp.int32)

    def body_masked(carry, inp):
        xt, t = inp
        new = step(xt, carry)
        valid = (t < lengths)[:, None]
        if is_lstm:
            kept = (jnp.where(valid, new[0], carry[0]), jnp.where(valid, new[1], carry[1]))
            out = jnp.where(valid, new[0], jnp.zeros_like(new[0]))
        else:
            kept = jnp.where(valid, new, carry)
            out = jnp.where(valid, new, jnp.zeros_like(new))
        return kept, out

    final, outs = jax.lax.scan(body_masked, state, (x, jnp.arange(x.shape[0])))
    return outs, final


def _reverse(x, seq_length):
    """Reverse time (axis 0); with lengths, reverse each row's valid prefix only."""
    if seq_length is None:
        return x[::-1]
    t = x.shape[0]
    steps = jnp.arange(t)[:, None]
    lengths = seq_length.astype(jnp.int32)[None, :]
    src = jnp.where(steps < lengths, lengths - 1 - steps, steps)  # (T, B)
    return jnp.take_along_axis(x, src[:, :, None].astype(jnp.int32), axis=0)


_MS_TENSOR_TYPE = "<class 'mindspore._c_expression.typing.TensorType'>"
_MS_TUPLE_TYPE = "<class 'mindspore._c_expression.typing.Tuple'>"


def _ms_typeof(x):
    """What MindSpore's ``ops.typeof`` prints for a value (``Tensor[Float32]``, ``Tuple`` ...)."""
    if isinstance(x, Tensor):
        return f"Tensor[{x.dtype}]"
    if isinstance(x, tuple):
        return "Tuple"
    if isinstance(x, list):
        return "List"
    if isinstance(x, bool):
        return "Bool"
    if isinstance(x, int):
        return "Int64"
    if isinstance(x, float):
        return "Float32"
    return "External"


def _step_fn(mode, w_ih, w_hh, b_ih, b_hh):
    if mode == "LSTM":
        b = None if b_ih is None else b_ih + b_hh
        return lambda xt, st: _lstm_cell(xt, st, w_ih, w_hh, b)
    if mode == "GRU":
        return lambda xt, h: _gru_cell(xt, h, w_ih, w_hh, b_ih, b_hh)
    cell = _simple_cell(jnp.tanh if mode == "RNN_TANH" else jax.nn.relu)
    return lambda xt, h: cell(xt, h, w_ih, w_hh, b_ih, b_hh)


@functools.partial(jax.jit, static_argnames=("mode",))
def _run_direction(x, state, seq_length, w_ih, w_hh, b_ih, b_hh, mode):
    """One direction of one layer, compiled once per shape and mode (eager calls reuse it)."""
    dt = x.dtype
    cast = (lambda a: None if a is None else a.astype(dt))
    step = _step_fn(mode, cast(w_ih), cast(w_hh), cast(b_ih), cast(b_hh))
    return _run(step, x, state, seq_length, mode == "LSTM")


class _DynamicRNNBase(Cell):
    """One direction of one layer (named as MindSpore's CPU kernels for ``repr``)."""

    _mode = ""

    def construct(self, x, h, seq_length, w_ih, w_hh, b_ih, b_hh):
        return _run_direction(x, h, seq_length, w_ih, w_hh, b_ih, b_hh, mode=self._mode)


class _DynamicLSTMCPUGPU(_DynamicRNNBase):
    _mode = "LSTM"


class _DynamicGRUCPUGPU(_DynamicRNNBase):
    _mode = "GRU"


class _DynamicRNNTanh(_DynamicRNNBase):
    _mode = "RNN_TANH"


class _DynamicRNNRelu(_DynamicRNNBase):
    _mode = "RNN_RELU"


_KERNELS = {"LSTM": (_DynamicLSTMCPUGPU, 4), "GRU": (_DynamicGRUCPUGPU, 3),
            "RNN_TANH": (_DynamicRNNTanh, 1), "RNN_RELU": (_DynamicRNNRelu, 1)}


class _RNNBase(Cell):
    def __init__(self, mode, input_size, hidden_size, num_layers=1, has_bias=True,
                 batch_first=False, dropout=0.0, bidirectional=False, dtype=mstype.float32):
        super().__init__()
        cls = type(self).__name__
        V.check_positive_int(hidden_size, "hidden_size", cls)
        V.check_positive_int(input_size, "input_size", cls)
        V.check_positive_int(num_layers, "num_layers", cls)
        if not isinstance(dropout, float):
            raise TypeError(f"For '{cls}', the type of 'dropout' must be 'float', but got "
                            f"'{type(dropout).__name__}'.")
        V.check_value_type("has_bias", has_bias, [bool], cls)
        V.check_value_type("batch_first", batch_first, [bool], cls)
        V.check_value_type("bidirectional", bidirectional, [bool], cls)
        if not 0 <= dropout < 1:
            raise ValueError(f"For '{cls}', the 'dropout' must be a number in range [0, 1) "
                             f"representing the probability of an element being zeroed, but got "
                             f"{dropout}.")
        if mode not in _KERNELS:
            raise ValueError(f"For '{cls}', the 'mode' must be in ['RNN_RELU', 'RNN_TANH', "
                             f"'LSTM', 'GRU'], but got {mode}.")
        kernel, chunks = _KERNELS[mode]
        gate_size = chunks * hidden_size
        self.rnn = kernel()
        self.hidden_size = hidden_size
        self.batch_first = batch_first
        self.num_layers = num_layers
        self.dropout = dropout
        self.dropout_op = Dropout(p=float(dropout))
        self.bidirectional = bidirectional
        self.has_bias = has_bias
        self.is_lstm = mode == "LSTM"
        num_directions = 2 if bidirectional else 1
        stdv = 1 / math.sqrt(hidden_size)
        w_ih, w_hh, b_ih, b_hh = [], [], [], []

        def draw(shape):
            data = np.random.uniform(-stdv, stdv, shape).astype(np.float32)
            return Tensor(data, dtype=dtype)

        for layer in range(num_layers):
            for direction in range(num_directions):
                in_size = input_size if layer == 0 else hidden_size * num_directions
                sfx = f"l{layer}" + ("_reverse" if direction == 1 else "")
                w_ih.append(Parameter(draw((gate_size, in_size)), name=f"weight_ih_{sfx}"))
                w_hh.append(Parameter(draw((gate_size, hidden_size)), name=f"weight_hh_{sfx}"))
                if has_bias:
                    b_ih.append(Parameter(draw(gate_size), name=f"bias_ih_{sfx}"))
                    b_hh.append(Parameter(draw(gate_size), name=f"bias_hh_{sfx}"))
        self.w_ih_list = ParameterTuple(w_ih)
        self.w_hh_list = ParameterTuple(w_hh)
        self.b_ih_list = ParameterTuple(b_ih)
        self.b_hh_list = ParameterTuple(b_hh)

    def _weights(self, k):
        w = (self.w_ih_list[k]._array(), self.w_hh_list[k]._array())
        if self.has_bias:
            return w + (self.b_ih_list[k]._array(), self.b_hh_list[k]._array())
        return w + (None, None)

    def _check_inputs(self, x, hx, seq_length):
        cls = type(self).__name__
        if not isinstance(x, Tensor):
            raise TypeError(f"For '{cls}', the 'x' must be '{_MS_TENSOR_TYPE}', but got "
                            f"'{_ms_typeof(x)}'")
        xdt = x.dtype
        if hx is not None:
            if self.is_lstm:
                if not isinstance(hx, tuple):
                    raise TypeError(f"For '{cls}', the 'hx' must be '{_MS_TUPLE_TYPE}', but got "
                                    f"'{_ms_typeof(hx)}'")
                if len(hx) != 2:
                    raise TypeError(f"For '{cls}', the length of 'hx' must be '2', but got "
                                    f"'{len(hx)}'")
                states = (("hx[0]", hx[0]), ("hx[1]", hx[1]))
            else:
                states = (("hx", hx),)
            for name, h in states:
                if not isinstance(h, Tensor):
                    raise TypeError(f"For '{cls}', the '{name}' must be '{_MS_TENSOR_TYPE}', but "
                                    f"got '{_ms_typeof(h)}'")
                if h.dtype is not xdt:
                    raise TypeError(f"For '{cls}', the type of '{name}' should be same as 'x', "
                                    f"but got 'x' with type {xdt} and '{name}' with type "
                                    f"{h.dtype}.")
            if xdt not in V.FLOAT_TYPES:
                raise TypeError(f"For '{cls}', the 'x' should be one of [mindspore.float32, "
                                f"mindspore.float16], but got {xdt!r}.")
        if seq_length is not None:
            if seq_length.dtype not in (mstype.int32, mstype.int64):
                raise TypeError(f"For '{cls}', the 'seq_length' should be one of "
                                f"[mindspore.int32, mindspore.int64], but got "
                                f"'{seq_length.dtype!r}'.")
            batch = x.shape[0] if self.batch_first else x.shape[1]
            if seq_length.shape[0] != batch:
                raise ValueError(f"For '{cls}' batch size of x and seq_length must be equal, but "
                                 f"got {batch} of x and {seq_length.shape[0]} of seq_length.")
        in_size = self.w_ih_list[0].shape[1]
        if x.shape[-1] != in_size:
            if self.is_lstm:
                raise ValueError(f"For primitive[LSTM], the x_shape[2] must be equal to "
                                 f"{in_size}, but got {x.shape[-1]}.")
            raise ValueError(f"For 'MatMul' the input dimensions must be equal, but got "
                             f"'x1_col': {x.shape[-1]} and 'x2_row': {in_size}.")

    def construct(self, x, hx=None, seq_length=None):
        self._check_inputs(x, hx, seq_length)
        a = x._array()
        dt = a.dtype
        dirs = 2 if self.bidirectional else 1
        batch = a.shape[0] if self.batch_first else a.shape[1]
        shape = (self.num_layers * dirs, batch, self.hidden_size)
        if hx is None:
            h0 = jnp.zeros(shape, dt)
            c0 = jnp.zeros(shape, dt) if self.is_lstm else None
        elif self.is_lstm:
            h0, c0 = hx[0]._array(), hx[1]._array()
        else:
            h0, c0 = hx._array(), None
        lens = None if seq_length is None else seq_length._array()
        if self.batch_first:
            a = jnp.swapaxes(a, 0, 1)
        layer_in = a
        h_n, c_n = [], []
        for layer in range(self.num_layers):
            outs = []
            for d in range(dirs):
                k = layer * dirs + d
                state = (h0[k], c0[k]) if self.is_lstm else h0[k]
                inp = layer_in if d == 0 else _reverse(layer_in, lens)
                out, final = self.rnn(inp, state, lens, *self._weights(k))
                outs.append(out if d == 0 else _reverse(out, lens))
                if self.is_lstm:
                    h_n.append(final[0])
                    c_n.append(final[1])
                else:
                    h_n.append(final)
            output = outs[0] if dirs == 1 else jnp.concatenate(outs, axis=2)
            if self.dropout != 0 and layer < self.num_layers - 1:
                output = self.dropout_op(Tensor._wrap(output))._array()
            layer_in = output
        if self.batch_first:
            output = jnp.swapaxes(output, 0, 1)
        out = Tensor._wrap(output.astype(dt))
        hn = Tensor._wrap(jnp.stack(h_n).astype(dt))
        if self.is_lstm:
            return out, (hn, Tensor._wrap(jnp.stack(c_n).astype(dt)))
        return out, hn


class RNN(_RNNBase):
    """Elman RNN: ``h' = act(W_ih x + b_ih + W_hh h + b_hh)``; ``nonlinearity`` 'tanh' or 'relu'."""

    def __init__(self, *args, **kwargs):
        mode = "RNN_TANH"
        if "nonlinearity" in kwargs:
            nl = kwargs.pop("nonlinearity")
            if nl == "relu":
                mode = "RNN_RELU"
            elif nl != "tanh":
                raise ValueError(f"For 'RNN', the 'nonlinearity' must be in ['tanh', 'relu'], but "
                                 f"got {nl}.")
        super().__init__(mode, *args, **kwargs)


class GRU(_RNNBase):
    def __init__(self, *args, **kwargs):
        super().__init__("GRU", *args, **kwargs)


class LSTM(_RNNBase):
    def __init__(self, *args, **kwargs):
        super().__init__("LSTM", *args, **kwargs)
