import numpy as np
from mindspore import ops, Tensor

try:
    print(ops.Squeeze(0)(Tensor(np.ones((2, 3), np.float32))).shape)
except Exception as e:
    print("ERR", type(e).__name__)
