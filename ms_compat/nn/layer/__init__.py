"""``mindspore.nn.layer``."""
from .activation import (GELU, LeakyReLU, LogSoftmax, ReLU, ReLU6, SiLU, Sigmoid,  # noqa: F401
                         Softmax, Tanh, get_activation)
from .basic import Dense, Flatten, Identity  # noqa: F401
from .container import CellList, SequentialCell  # noqa: F401
