"""``mindspore.nn`` activation Cells (``mindspore/nn/layer/activation.py``).

Each Cell's ``repr`` is ``Name()`` (MindSpore defines no ``extend_repr`` for them). ``GELU``
defaults to the tanh approximation (``approximate=True``), unlike ``ops.gelu`` ('none');
``LeakyReLU`` computes ``max(alpha * x, x)``.
"""
from __future__ import annotations

import numpy as np

from ..._src.cell import Cell
from ..._src.parameter import Parameter
from ..._src.tensor import Tensor
from ...ops.function import nn_activation_func as A
from ...ops.function import nn_func as F
from . import _validator as V


class ReLU(Cell):
    def construct(self, input):
        return F.relu(input)


class ReLU6(Cell):
    def construct(self, x):
        return F.relu6(x)


class Sigmoid(Cell):
    def construct(self, input_x):
        return F.sigmoid(input_x)


class Tanh(Cell):
    def construct(self, x):
        return F.tanh(x)


class Softmax(Cell):
    def __init__(self, axis=-1):
        super().__init__()
        self.axis = axis

    def construct(self, input):
        return F.softmax(input, self.axis)


class LogSoftmax(Cell):
    def __init__(self, axis=-1):
        super().__init__()
        self.axis = axis

    def construct(self, x):
        return F.log_softmax(x, self.axis)


class GELU(Cell):
    """``approximate=True`` (default): tanh approximation; ``False``: the exact erf form."""

    def __init__(self, approximate=True):
        super().__init__()
        V.check_bool(approximate, "approximate", "GELU")
        self.approximate = "tanh" if approximate else "none"

    def construct(self, x):
        return F.gelu(x, approximate=self.approximate)


class SiLU(Cell):
    def construct(self, input):
        return F.silu(input)


class LeakyReLU(Cell):
    def __init__(self, alpha=0.2):
        super().__init__()
        self.alpha = alpha

    def construct(self, x):
        return F.leaky_relu(x, self.alpha)


class ELU(Cell):
    def __init__(self, alpha=1.0):
        super().__init__()
        self.alpha = alpha

    def construct(self, input_x):
        return F.elu(input_x, self.alpha)


class HSwish(Cell):
    """``x * relu6(x + 3) / 6`` (``ops.hardswish``)."""

    def construct(self, x):
        return A.hardswish(x)


class Mish(Cell):
    """``x * tanh(softplus(x))`` (``ops.mish``)."""

    def construct(self, x):
        return A.mish(x)


class SeLU(Cell):
    """Scaled ELU (``ops.selu``, with MindSpore's gradient)."""

    def construct(self, input_x):
        return A.selu(input_x)


class Softsign(Cell):
    """``x / (1 + |x|)`` (``ops.softsign``)."""

    def construct(self, x):
        return A.softsign(x)


class FastGelu(Cell):
    """``x * sigmoid(1.702 x)`` (``ops.fast_gelu``)."""

    def construct(self, x):
        return A.fast_gelu(x)


class PReLU(Cell):
    """``nn.PReLU(channel=1, w=0.25)``: ``ops.prelu`` with a learnable Float32 weight Parameter
    named ``a`` of shape ``(channel,)``; ``w`` is a float (filled), a list of ``channel`` values or
    a Tensor (used as given). Argument errors are MindSpore's."""

    def __init__(self, channel=1, w=0.25):
        super().__init__()
        if isinstance(channel, bool) or not isinstance(channel, int) or channel <= 0:
            raise ValueError(f"For 'PReLU', the 'channel' must be int and must > 0, but got "
                             f"'{channel}' with type '{type(channel).__name__}'.")
        if isinstance(w, float):
            value = np.full((channel,), w, np.float32)
        elif isinstance(w, list):
            if len(w) != channel:
                raise ValueError(f"For 'PReLU', the length of 'w' must be equal to the 'channel' "
                                 f"when the 'w' is a list, but got the length of 'w': {len(w)}, "
                                 f"the 'channel': {channel}.")
            value = np.array(w, np.float32)
        elif isinstance(w, Tensor):
            value = w
        else:
            raise TypeError(f"For 'PReLU', the 'w' only supported float, list and tensor, but got "
                            f"{type(w).__name__}.")
        self.w = Parameter(value if isinstance(value, Tensor) else Tensor(value), name="a")

    def construct(self, x):
        return A.prelu(x, self.w)


_ACTIVATIONS = {"softmax": Softmax, "logsoftmax": LogSoftmax, "relu": ReLU, "relu6": ReLU6,
                "silu": SiLU, "tanh": Tanh, "gelu": GELU, "elu": ELU, "sigmoid": Sigmoid,
                "leakyrelu": LeakyReLU, "hswish": HSwish, "mish": Mish, "softsign": Softsign,
                "fast_gelu": FastGelu, "prelu": PReLU}
# MindSpore 2.10's full table (``get_activation`` names it in its error message).
_MS_NAMES = ["softmin", "softmax", "softmax2d", "logsoftmax", "logsoftmaxExt", "relu", "relu6",
             "rrelu", "silu", "tanh", "tanhshrink", "hardtanh", "gelu", "fast_gelu", "elu",
             "sigmoid", "softsign", "prelu", "preluExt", "leakyrelu", "hswish", "hsigmoid",
             "logsigmoid", "softshrink", "hshrink", "threshold", "mish"]


def get_activation(name, prim_name=None):
    """``nn.get_activation``: a new activation Cell by MindSpore's name."""
    if name is None:
        return None
    prefix = f"For '{prim_name}', the" if prim_name else "The"
    if name not in _MS_NAMES:
        raise KeyError(f"{prefix} 'name' must be in {_MS_NAMES}, but got {name}.")
    if name not in _ACTIVATIONS:
        raise NotImplementedError(f"nn.get_activation('{name}') is not implemented in ms_compat.")
    return _ACTIVATIONS[name]()
