import mindspore as ms
from mindspore import Tensor

for t in (Tensor(3.5), Tensor(2), Tensor(True), Tensor(-0.25, ms.float64)):
    print(t)
    print(repr(t))
    print(t.shape, t.ndim, t.dtype)
