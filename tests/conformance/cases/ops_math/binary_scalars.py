import numpy as np
from mindspore import ops, Tensor

i = Tensor(np.array([1, 2, 3], np.int32))
f = Tensor(np.array([1.5, 2.5, 3.5], np.float16))
for name in ["add", "sub", "mul", "div", "pow", "maximum", "minimum", "floor_divide",
             "floor_mod", "greater", "less_equal"]:
    fn = getattr(ops, name)
    print(name, repr(fn(i, 2)), repr(fn(i, 2.5)), repr(fn(f, 2)), repr(fn(3, i)))
print(repr(ops.equal(i, 2)), repr(ops.equal(f, 2.5)))
print(repr(ops.add(2, 3)), repr(ops.mul(2.5, 2)))
print(repr(ops.pow(2, Tensor(np.array([1.0, 0.5], np.float32)))))
