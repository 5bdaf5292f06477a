import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.arange(12, dtype=np.float32).reshape(3, 4))
try:
    print(ops.gather(x, Tensor(np.array([1, 5], np.int32)), 0))
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
