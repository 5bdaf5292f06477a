import numpy as np
from mindspore import ops, Tensor

try:
    print(ops.equal(3, Tensor(np.array([1, 3], np.int32))))
except Exception as e:
    print("ERR", type(e).__name__)
