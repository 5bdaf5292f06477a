# RNN bad inputs.
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


def err(f):
    try:
        out = f()
        print("OK", type(out).__name__)
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])


err(lambda: nn.LSTM(3, 0))
err(lambda: nn.LSTM(0, 3))
err(lambda: nn.LSTM(3, 4, dropout=1.0))
err(lambda: nn.LSTM(3, 4, dropout=1))
err(lambda: nn.LSTM(3, 4, batch_first=1))
err(lambda: nn.RNN(3, 4, nonlinearity="sigmoid"))
err(lambda: nn.LSTM(3, 4)(Tensor(np.ones((2, 2, 5), np.float32))))
err(lambda: nn.GRU(3, 4)(Tensor(np.ones((2, 2, 3), np.float32)),
                         Tensor(np.ones((1, 2, 4), np.float16))))
err(lambda: nn.LSTM(3, 4)(Tensor(np.ones((2, 2, 3), np.float32)),
                          Tensor(np.ones((1, 2, 4), np.float32))))
err(lambda: nn.GRU(3, 4)(Tensor(np.ones((2, 2, 3), np.float32)),
                         seq_length=Tensor(np.array([1.0, 2.0], np.float32))))
err(lambda: nn.GRU(3, 4)(Tensor(np.ones((2, 2, 3), np.float32)),
                         seq_length=Tensor(np.array([1, 2, 2], np.int32))))
