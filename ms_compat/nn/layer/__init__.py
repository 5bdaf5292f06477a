"""``mindspore.nn.layer``: the layer Cells, one module per MindSpore file."""
from .activation import (ELU, GELU, LeakyReLU, LogSoftmax, ReLU, ReLU6, SiLU,  # noqa: F401
                         Sigmoid, Softmax, Tanh, get_activation)
from .activation import FastGelu, HSwish, Mish, PReLU, SeLU, Softsign  # noqa: F401
from .upsample import Upsample  # noqa: F401
from .basic import Dense, Dropout, Flatten, Identity  # noqa: F401
from .container import CellDict, CellList, SequentialCell  # noqa: F401
from .conv import Conv1d, Conv1dTranspose, Conv2d, Conv2dTranspose  # noqa: F401
from .embedding import Embedding  # noqa: F401
from .normalization import BatchNorm1d, BatchNorm2d, BatchNorm3d, GroupNorm, LayerNorm  # noqa: F401
from .pooling import AdaptiveAvgPool2d, AvgPool1d, AvgPool2d, MaxPool1d, MaxPool2d  # noqa: F401
from .rnn_cells import GRUCell, LSTMCell, RNNCell  # noqa: F401
from .rnns import GRU, LSTM, RNN  # noqa: F401
from .transformer import (MultiheadAttention, TransformerEncoder,  # noqa: F401
                          TransformerEncoderLayer)
from .transformer import (Transformer, TransformerDecoder,  # noqa: F401
                          TransformerDecoderLayer)

__all__ = ["ELU", "GELU", "LeakyReLU", "LogSoftmax", "ReLU", "ReLU6", "SiLU", "Sigmoid",
           "Softmax", "Tanh", "get_activation", "Dense", "Dropout", "Flatten", "Identity",
           "CellDict", "CellList", "SequentialCell", "Conv1d", "Conv1dTranspose", "Conv2d",
           "Conv2dTranspose", "Embedding", "BatchNorm1d", "BatchNorm2d", "BatchNorm3d",
           "GroupNorm", "LayerNorm", "AdaptiveAvgPool2d", "AvgPool1d", "AvgPool2d", "MaxPool1d",
           "MaxPool2d", "GRUCell", "LSTMCell", "RNNCell", "GRU", "LSTM", "RNN",
           "MultiheadAttention", "TransformerEncoder", "TransformerEncoderLayer",
           "FastGelu", "HSwish", "Mish", "PReLU", "SeLU", "Softsign", "Upsample",
           "Transformer", "TransformerDecoder", "TransformerDecoderLayer"]
