import numpy as np
from mindspore import ops, Tensor

try:
    print(ops.mean(Tensor(np.array([True, False]))))
except Exception as e:
    print("ERR", type(e).__name__)
