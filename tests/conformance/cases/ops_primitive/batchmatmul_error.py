import numpy as np
from mindspore import ops, Tensor

a = Tensor(np.ones((2, 2, 3), np.float32))
try:
    print(ops.BatchMatMul()(a, Tensor(np.ones((3, 2), np.float32))))
except Exception as e:
    print("ERR", type(e).__name__)
