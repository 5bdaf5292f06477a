"""``mindspore.nn`` activation Cells (``mindspore/nn/layer/activation.py``).

Each Cell's ``repr`` is ``Name()`` (MindSpore defines no ``extend_repr`` for them). ``GELU``
defaults to the tanh approximation (``approximate=True``), unlike ``ops.gelu`` ('none');
``LeakyReLU`` computes ``max(alpha * x, x)``.
"""
from __future__ import annotations

from ..._src.cell import Cell
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


_ACTIVATIONS = {"softmax": Softmax, "logsoftmax": LogSoftmax, "relu": ReLU, "relu6": ReLU6,
                "silu": SiLU, "tanh": Tanh, "gelu": GELU, "elu": ELU, "sigmoid": Sigmoid,
                "leakyrelu": LeakyReLU}
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
