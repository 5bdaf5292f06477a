# RNN/LSTM/GRU default init is numpy's global RandomState (uniform +-1/sqrt(hidden)), drawn per
# layer and direction in the order w_ih, w_hh, b_ih, b_hh; parameter names/order; repr.
import hashlib
import numpy as np
import mindspore as ms
from mindspore import nn


def show(net):
    print(repr(net))
    for name, p in net.parameters_and_names():
        a = p.asnumpy()
        print("  ", name, p.name, p.shape, p.dtype, hashlib.sha256(a.tobytes()).hexdigest()[:16],
              repr(float(a.astype(np.float64).sum())))


np.random.seed(3)
show(nn.LSTM(3, 4, num_layers=2, bidirectional=True))
show(nn.GRU(2, 3, has_bias=False))
show(nn.RNN(2, 3, nonlinearity="relu", dtype=ms.float16))
print(np.random.randint(0, 1000))


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(2, 3)
        self.head = nn.Dense(3, 1, weight_init="ones", bias_init="zeros")

    def construct(self, x):
        return self.head(self.rnn(x)[0])


np.random.seed(4)
show(Net())
