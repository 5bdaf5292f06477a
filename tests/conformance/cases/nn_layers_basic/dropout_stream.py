# nn.Dropout in training mode after ms.set_seed: MindSpore's CPU mask stream, continued across
# calls of the same Cell; two Cells built in order get different streams.
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor

ms.set_seed(5)
a = nn.Dropout(p=0.5)
b = nn.Dropout(keep_prob=0.8)
a.set_train()
b.set_train()
x = Tensor(np.arange(1, 25, dtype=np.float32).reshape(4, 6))
for i in range(3):
    print("a", i, a(x).asnumpy())
print("b", b(x).asnumpy())
ms.set_seed(5)
c = nn.Dropout(p=0.5)
c.set_train()
print("c == first a", c(x).asnumpy())
