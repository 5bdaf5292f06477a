import numpy as np
from mindspore import ops, Tensor

try:
    print(ops.diff(Tensor(np.arange(5, dtype=np.float32)), 2))
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
