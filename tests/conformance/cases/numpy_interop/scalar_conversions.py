import numpy as np
from mindspore import Tensor

t = Tensor(np.array([2.75], np.float32))
print(float(t), int(t), bool(t))
print(float(Tensor(3)), int(Tensor(-2.9)), bool(Tensor(0.0)))
print(Tensor(2.5).asnumpy().item(), type(Tensor(2).asnumpy()).__name__)
try:
    float(Tensor(np.array([1.0, 2.0], np.float32)))
except Exception as e:
    print("ERR", type(e).__name__)
try:
    bool(Tensor(np.array([True, False])))
except Exception as e:
    print("ERR", type(e).__name__)
print(Tensor(np.array(5, np.int32)).__index__() if hasattr(Tensor, "__index__") else "")
print([1, 2, 3, 4][Tensor(2)])
