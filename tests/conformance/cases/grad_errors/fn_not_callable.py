import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([1.0, 2.0], np.float32))
# MindSpore validates fn lazily: building the grad function succeeds, calling it fails.
for fn in (None, 3, "f"):
    try:
        g = ops.grad(fn)
        print(repr(fn), "constructed")
        g(x)
    except Exception as e:
        print(repr(fn), "ERR", type(e).__name__)
