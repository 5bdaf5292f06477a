import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([12, -5, 7, 0], np.int32))
y = Tensor(np.array([10, 3, 2, 1], np.int32))
for name in ["bitwise_and", "bitwise_or", "bitwise_xor", "bitwise_left_shift",
             "bitwise_right_shift"]:
    print(name, repr(getattr(ops, name)(x, y)))
print(repr(ops.invert(x)))
print(repr(ops.invert(Tensor(np.array([0, 1, 254], np.uint8)))))
b = Tensor(np.array([True, False, True]))
print(repr(ops.bitwise_and(b, Tensor(np.array([True, True, False])))))
print(repr(ops.gcd(x, y)), repr(ops.lcm(x, y)))
