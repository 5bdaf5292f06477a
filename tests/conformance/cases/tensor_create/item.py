import numpy as np
from mindspore import Tensor

for t in (Tensor(2.5), Tensor(3), Tensor(True), Tensor(np.array([4.25], np.float32)),
          Tensor(np.array([[9]], np.int32)), Tensor(np.float64(0.1))):
    v = t.item()
    print(type(v).__name__, v)
try:
    Tensor(np.array([1.0, 2.0], np.float32)).item()
except Exception as e:
    print("ERR", type(e).__name__)
