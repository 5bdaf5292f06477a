import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([[-7.5, -2.0, 3.0], [4.5, 5.0, 9.0]], np.float32))
y = Tensor(np.array([2.0, -3.0, 4.0], np.float32))
for name in ["add", "sub", "mul", "div", "floor_divide", "floor_mod", "remainder", "fmod",
             "pow", "maximum", "minimum", "subtract", "multiply", "divide", "true_divide"]:
    print(name, repr(getattr(ops, name)(x, y)))
i = Tensor(np.array([-7, -2, 3, 9], np.int32))
j = Tensor(np.array([2, -3, 4, 4], np.int32))
for name in ["add", "sub", "mul", "div", "floor_divide", "floor_mod", "remainder", "fmod",
             "pow", "maximum", "minimum", "truncate_div", "truncate_mod"]:
    print(name, repr(getattr(ops, name)(i, j)))
