import numpy as np
from mindspore import Tensor

b = Tensor(np.array([True, False, True, False]))
c = Tensor(np.array([True, True, False, False]))
print(repr(b + c), repr(b - c), repr(b * c), repr(b & c), repr(b | c), repr(b ^ c), repr(~b))
i = Tensor(np.array([6, -3, 0], np.int32))
j = Tensor(np.array([4, 2, 5], np.int32))
print(repr(i & j), repr(i | j), repr(i ^ j), repr(~i), repr(-i), repr(abs(i)))
print(repr(i / j), repr(i // j), repr(i % j), repr(i ** 2), repr(2 ** j), repr(10 - i), repr(7 // j))
f = Tensor(np.array([1.5, -2.0, 0.0], np.float32))
print(repr(~f), repr(f % 1.0), repr(-f), repr(abs(f)), repr(1 / f))
m = Tensor(np.array([[1.0, 2.0], [3.0, 4.0]], np.float32))
print(repr(m @ m), repr(m @ Tensor(np.array([1.0, -1.0], np.float32))))
print(repr(i == j), repr(i != 0), repr(i < j), repr(i >= 0), repr(f == None), repr(f != None))
