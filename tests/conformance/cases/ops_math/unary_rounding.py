import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([-2.5, -1.5, -0.7, 0.5, 1.5, 2.5, 3.7], np.float32))
for name in ["floor", "ceil", "round", "trunc", "frac", "sign", "sgn"]:
    print(name, repr(getattr(ops, name)(x)))
i = Tensor(np.array([-3, 0, 4], np.int32))
print(repr(ops.round(i)), repr(ops.trunc(i)), repr(ops.frac(i)), repr(ops.sign(i)))
print(repr(ops.trunc(Tensor(np.array([True, False])))))
print(repr(ops.frac(Tensor(np.array([True, False])))))
