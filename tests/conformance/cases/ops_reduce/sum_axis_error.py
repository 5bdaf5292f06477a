import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.ones((2, 3), np.float32))
try:
    print(ops.sum(x, -3))
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
