import numpy as np
from mindspore import ops, Tensor

try:
    print(ops.concat([Tensor(np.ones(2, np.float32)), Tensor(np.ones(2, np.int32))]))
except Exception as e:
    print("ERR", type(e).__name__)
