import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([-0.9, -0.25, 0.0, 0.5, 0.75], np.float32))
for name in ["sin", "cos", "tan", "asin", "arcsin", "acos", "arccos", "atan", "arctan", "sinh",
             "cosh", "tanh", "asinh", "arcsinh", "atanh", "arctanh", "deg2rad", "rad2deg",
             "sinc"]:
    print(name, repr(getattr(ops, name)(x)))
y = Tensor(np.array([1.0, 1.5, 10.0], np.float32))
print("acosh", repr(ops.acosh(y)), repr(ops.arccosh(y)))
