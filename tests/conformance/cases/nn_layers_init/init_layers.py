# Default initial weights of each layer after ms.set_seed(k) / np.random.seed(k): a hash of the
# bytes (bit-exactness), the float64 sum and the first values of every Parameter.
import hashlib
import numpy as np
import mindspore as ms
from mindspore import nn


def show(tag, net):
    print("==", tag)
    for name, p in net.parameters_and_names():
        a = p.asnumpy()
        print("  ", name, p.shape, p.dtype, hashlib.sha256(a.tobytes()).hexdigest()[:16],
              repr(float(a.astype(np.float64).sum())), a.ravel()[:3])


for k in [0, 1, 42]:
    ms.set_seed(k)
    show(f"Dense(10, 1) seed {k}", nn.Dense(10, 1))
    show(f"Conv2d(1, 6, 5) seed {k}", nn.Conv2d(1, 6, 5))
np.random.seed(7)
show("Conv2d(3, 8, 3, has_bias=True) np seed 7", nn.Conv2d(3, 8, 3, has_bias=True))
ms.set_seed(3)
show("Conv1d(2, 4, 3, has_bias=True)", nn.Conv1d(2, 4, 3, has_bias=True))
show("Conv2dTranspose(4, 2, 3, has_bias=True)", nn.Conv2dTranspose(4, 2, 3, has_bias=True))
show("Conv1dTranspose(4, 2, 3)", nn.Conv1dTranspose(4, 2, 3))
show("Embedding(6, 3)", nn.Embedding(6, 3))
show("Embedding(6, 3, padding_idx=1)", nn.Embedding(6, 3, padding_idx=1))
show("BatchNorm2d(3)", nn.BatchNorm2d(3))
show("LayerNorm((3,))", nn.LayerNorm((3,)))
show("GroupNorm(2, 4)", nn.GroupNorm(2, 4))
show("Dense float16 xavier", nn.Dense(4, 3, weight_init="xavier_uniform", dtype=ms.float16))
show("Dense normal / uniform", nn.Dense(4, 3, weight_init="normal", bias_init="uniform"))
show("RNNCell(3, 2)", nn.RNNCell(3, 2))
show("LSTMCell(3, 2)", nn.LSTMCell(3, 2))
show("GRUCell(3, 2, has_bias=False)", nn.GRUCell(3, 2, has_bias=False))
show("LSTM(3, 4, bidirectional)", nn.LSTM(3, 4, bidirectional=True))
show("MultiheadAttention(8, 2)", nn.MultiheadAttention(8, 2))
show("MultiheadAttention kdim/vdim bias_kv", nn.MultiheadAttention(8, 2, kdim=4, vdim=6,
                                                                   add_bias_kv=True))
show("TransformerEncoderLayer(8, 2, 16)", nn.TransformerEncoderLayer(8, 2, 16))
print("next numpy draw", np.random.randint(0, 1 << 30))
