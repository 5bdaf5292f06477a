"""``mindspore.nn`` activation Cells (``mindspore/nn/layer/activation.py``)."""
from __future__ import annotations

from ..._src.cell import Cell
from ...ops.function import nn_func as F


class ReLU(Cell):
    def construct(self, x):
        return F.relu(x)


class ReLU6(Cell):
    def construct(self, x):
        return F.relu6(x)


class Sigmoid(Cell):
    def construct(self, x):
        return F.sigmoid(x)


class Tanh(Cell):
    def construct(self, x):
        return F.tanh(x)


class Softmax(Cell):
    def __init__(self, axis=-1):
        super().__init__()
        self.axis = axis

    def construct(self, x):
        return F.softmax(x, self.axis)


class LogSoftmax(Cell):
    def __init__(self, axis=-1):
        super().__init__()
        self.axis = axis

    def construct(self, x):
        return F.log_softmax(x, self.axis)


class GELU(Cell):
    def __init__(self, approximate=True):
        super().__init__()
        self.approximate = approximate

    def construct(self, x):
        return F.gelu(x, "tanh" if self.approximate else "none")


class SiLU(Cell):
    def construct(self, x):
        return F.silu(x)


class LeakyReLU(Cell):
    def __init__(self, alpha=0.2):
        super().__init__()
        self.alpha = alpha

    def construct(self, x):
        return F.leaky_relu(x, self.alpha)


_ACTIVATIONS = {"relu": ReLU, "relu6": ReLU6, "sigmoid": Sigmoid, "tanh": Tanh,
                "softmax": Softmax, "logsoftmax": LogSoftmax, "gelu": GELU, "silu": SiLU,
                "leakyrelu": LeakyReLU}


def get_activation(name, prim_name=None):
    """``nn.get_activation``: an activation Cell by (lower-case) name."""
    if name is None:
        return None
    if not isinstance(name, str):
        raise TypeError(f"The 'name' must be str, but got {type(name).__name__}.")
    if name not in _ACTIVATIONS:
        raise KeyError(f"Invalid activation '{name}'. Supported: {sorted(_ACTIVATIONS)}.")
    return _ACTIVATIONS[name]()
