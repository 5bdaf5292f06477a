import numpy as np
from mindspore import ops, Tensor

i = Tensor(np.array([1, 2, 3], np.int32))
for name in ["exp", "log", "sin", "tanh", "floor", "ceil", "erf", "rsqrt",
             "deg2rad"]:
    try:
        r = getattr(ops, name)(i).asnumpy()
        print(name, "ok", r.dtype)
    except Exception as e:
        print(name, "ERR", type(e).__name__)
