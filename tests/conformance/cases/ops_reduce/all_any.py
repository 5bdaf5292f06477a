import numpy as np
from mindspore import ops, Tensor

b = Tensor(np.array([[True, False, True], [True, True, True]]))
print(repr(ops.all(b)), repr(ops.all(b, 1)), repr(ops.all(b, 0, True)))
print(repr(ops.any(b)), repr(ops.any(b, 1)), repr(ops.any(~b, (0, 1))))
f = Tensor(np.array([[0.0, 1.5], [2.0, 3.0]], np.float32))
# ops.any of a Float32 tensor is wrong on MindSpore 2.10 CPU (ops.any(f) and ops.any(f, 0) print
# False although f has non-zeros: a kernel bug), so only ops.all is checked on floats.
print(repr(ops.all(f)), repr(ops.all(f, 1)), repr(ops.all(f, 0, True)))
i = Tensor(np.array([0, 3], np.int32))
print(repr(ops.all(i)), repr(ops.any(i)))
