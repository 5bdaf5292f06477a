import numpy as np
import mindspore as ms
from mindspore import nn, Tensor

w = Tensor(np.array([[0.5, -0.5]], np.float32))
d = nn.Dense(2, 1, weight_init=w, bias_init="zeros")
print(d.weight.asnumpy(), d.bias.asnumpy())
d3 = nn.Dense(2, 2, weight_init="ones", bias_init="ones", dtype=ms.float16)
print(d3.weight.dtype, d3.weight.asnumpy(), d3.bias.asnumpy())
print(repr(d(Tensor(np.array([[2.0, 4.0]], np.float32)))))
