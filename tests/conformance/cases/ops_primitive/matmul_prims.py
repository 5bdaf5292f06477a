import numpy as np
from mindspore import ops, Tensor

a = Tensor(np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], np.float32))
b = Tensor(np.array([[1.0, 0.0], [0.0, 1.0], [2.0, -1.0]], np.float32))
print(repr(ops.MatMul()(a, b)))
print(repr(ops.MatMul(transpose_b=True)(a, a)))
print(repr(ops.MatMul(transpose_a=True)(a, a)))
print(repr(ops.MatMul(True, True)(b, a)))
ba = Tensor(np.stack([a.asnumpy(), 2 * a.asnumpy()]))
bb = Tensor(np.stack([b.asnumpy(), b.asnumpy()]))
print(repr(ops.BatchMatMul()(ba, bb)))
print(repr(ops.BatchMatMul(transpose_b=True)(ba, ba)))
print(repr(ops.MatMul()(Tensor(np.array([[1, 2]], np.int32)), Tensor(np.array([[3], [4]], np.int32)))))
