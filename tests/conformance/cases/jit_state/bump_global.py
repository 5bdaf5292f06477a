import numpy as np
import mindspore as ms
from mindspore import ops, Tensor, Parameter

g = Parameter(Tensor(np.zeros(2, np.float32)), name="g")


@ms.jit
def bump(x):
    ops.assign(g, g + x)
    return g * 2


for _ in range(3):
    print(bump(Tensor(np.ones(2, np.float32))), g.asnumpy())
# (MindSpore 2.10 keeps using the old buffer after an outside g.set_data(); ms_compat reads the
# new value — tests/jit/test_jit_state.py covers that; it is not a conformance point.)
