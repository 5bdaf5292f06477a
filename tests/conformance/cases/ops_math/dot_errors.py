import numpy as np
from mindspore import ops, Tensor

v = Tensor(np.ones((3,), np.float32))
try:
    print(ops.dot(v, v))
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
