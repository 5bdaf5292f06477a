import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([0.5, 1.0, 2.0, 7.5], np.float32))
for name in ["exp", "exp2", "expm1", "log", "log1p", "log2", "log10", "sqrt", "rsqrt", "square",
             "reciprocal", "neg", "abs"]:
    print(name, repr(getattr(ops, name)(x)))
print(repr(ops.log(Tensor(np.array([0.0, -1.0], np.float32)))))
print(repr(ops.sqrt(Tensor(np.array([-4.0, 0.0], np.float32)))))
