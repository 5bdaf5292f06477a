import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([-1.5, 0.0, 0.5, 2.0, 3.0], np.float32))
y = Tensor(np.array([2.0, 1.0, -0.5, 0.0, 3.0], np.float32))
for name in ["atan2", "arctan2", "hypot", "logaddexp", "logaddexp2", "xlogy", "xdivy",
             "copysign", "heaviside", "fmax", "float_power"]:
    print(name, repr(getattr(ops, name)(x, y)))
z = Tensor(np.array([0.0, 0.0, 1.0], np.float32))
print(repr(ops.xlogy(z, Tensor(np.array([0.0, 2.0, 2.0], np.float32)))))
print(repr(ops.float_power(Tensor(np.array([2, 3], np.int32)), 2)))
print(repr(ops.maximum(Tensor(np.array([1.0, np.nan], np.float32)), Tensor(np.array([np.nan, 2.0], np.float32)))))
