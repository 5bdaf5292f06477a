import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([1.0, 2.0, np.nan, 4.0], np.float32))
y = Tensor(np.array([1.0, 3.0, np.nan, 2.0], np.float32))
for name in ["equal", "eq", "not_equal", "ne", "greater", "gt", "greater_equal", "ge", "less",
             "lt", "less_equal", "le"]:
    print(name, repr(getattr(ops, name)(x, y)), repr(getattr(ops, name)(x, 2)))
print(repr(ops.isclose(x, y)), repr(ops.isclose(x, y, equal_nan=True)))
print(repr(ops.isclose(x, Tensor(np.array([1.001, 2.0, 0.0, 4.0], np.float32)), rtol=1e-2)))
i = Tensor(np.array([0, 1, 2, 0], np.int32))
b = Tensor(np.array([True, True, False, False]))
for name in ["logical_and", "logical_or", "logical_xor"]:
    print(name, repr(getattr(ops, name)(i, b)), repr(getattr(ops, name)(b, b)))
print(repr(ops.logical_not(i)))
print(repr(ops.equal(Tensor(np.array([1, 2], np.int32)), Tensor(np.array([1.0, 2.5], np.float32)))))
