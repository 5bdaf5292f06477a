import numpy as np
from mindspore import ops, Tensor

i = Tensor(np.array([1, 2, 3], np.int32))
try:
    print(ops.masked_fill(i, i > 1, 2.9))
except Exception as e:
    print("ERR", type(e).__name__)
