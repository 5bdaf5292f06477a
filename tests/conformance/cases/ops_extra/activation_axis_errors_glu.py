# An asynchronous MindSpore shape error, alone in its script (MindSpore may re-raise it at the
# next op).
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

x = Tensor(np.arange(12, dtype=np.float32).reshape(2, 6))
try:
    print(nn.GLU(3)(x))
except Exception as e:  # noqa: BLE001
    print("ERR", type(e).__name__, str(e).splitlines()[0])
