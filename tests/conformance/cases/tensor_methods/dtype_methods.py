import numpy as np
import mindspore as ms
from mindspore import Tensor

x = Tensor(np.array([1.7, -2.3, 0.0], np.float32))
print(repr(x.astype(ms.int32)), repr(x.astype("float16")), repr(x.astype(np.float64)), repr(x.to(ms.int8)))
print(repr(x.float()), repr(x.half()), repr(x.double()), repr(x.int()), repr(x.long()), repr(x.bool()))
print(repr(x.short()), repr(x.byte()), x.type(), repr(x.type(ms.int64)), repr(x.type_as(Tensor(np.array([1], np.int16)))))
print(x.is_floating_point(), x.int().is_floating_point(), x.is_complex(), x.is_signed(), x.byte().is_signed())
print(x.dtype, x.itemsize, x.nbytes, x.strides)
print(repr(x.new_ones((2,))), repr(x.new_zeros((1, 2), ms.int32)), repr(x.int().new_ones(2)))
print(repr(x.copy()), x.tolist(), x[0].item(), repr(x.fill(3.0)))
