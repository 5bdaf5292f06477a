import numpy as np
from mindspore import ops, Tensor

i32 = Tensor(np.array([1, 4, 9], np.int32))
i64 = Tensor(np.array([-2, 0, 3], np.int64))
u8 = Tensor(np.array([1, 2, 200], np.uint8))
b = Tensor(np.array([True, False, True]))
for name in ["sqrt", "reciprocal", "exp2", "sinc", "square", "abs", "neg", "isnan",
             "isfinite", "logical_not", "invert"]:
    for t in (i32, i64, u8):
        print(name, repr(getattr(ops, name)(t)))
print(repr(ops.lgamma(i32)))
print(repr(ops.sqrt(b)), repr(ops.reciprocal(b)), repr(ops.abs(b)))
