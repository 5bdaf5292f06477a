"""bprop return values MindSpore accepts (Tensor, tuple, list) and rejects (None, dict, a
wrong-shaped scalar), each with its error."""
import mindspore as ms
from mindspore import nn, Tensor
import numpy as np
x = Tensor(np.array([1.0, 2.0], np.float32))
for ret in ["1.0", "None", "{'a': dout}", "dout", "(dout,)", "[dout]"]:
    class N(nn.Cell):
        def construct(self, x):
            return x * 2
        def bprop(self, x, out, dout):
            return eval(ret)
    try:
        print(ret, ms.grad(N())(x))
    except Exception as e:
        print(ret, "ERR", type(e).__name__, str(e).splitlines()[0])
