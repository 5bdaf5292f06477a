# A residual connection with mismatched shapes (a common tutorial mistake): Tensor `-` raises
# MindSpore's ValueError naming the SubExt primitive, input/other, and the dimension index
# MindSpore prints (len(shape) + min rank - position from the end). One failure per case: after a
# failed launch MindSpore 2.10 sometimes repeats that stale error on later operations.
import numpy as np
import mindspore as ms
from mindspore import Tensor

a = Tensor(np.ones((3, 3), np.float32))
b = Tensor(np.ones((3, 8), np.float32))
print((a - a).shape, (b - b).shape)
try:
    print((a - b).asnumpy().shape)
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
