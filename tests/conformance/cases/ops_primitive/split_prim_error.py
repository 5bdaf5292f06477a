import numpy as np
from mindspore import ops, Tensor

try:
    print(ops.Split(1, 2)(Tensor(np.ones((2, 3), np.float32))))
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
