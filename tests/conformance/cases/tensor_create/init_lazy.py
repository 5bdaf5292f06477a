import mindspore as ms
from mindspore import Tensor
from mindspore.common.initializer import One, Zero, Constant

t = Tensor(shape=(2, 3), dtype=ms.float32, init=One())
print(t.shape, t.dtype)
print(t.init_data())
z = Tensor(shape=(2,), dtype=ms.int32, init=Zero())
print(z.init_data())
c = Tensor(shape=[1, 2], dtype=ms.float64, init=Constant(2.5))
cd = c.init_data()
print(cd, cd.dtype)
